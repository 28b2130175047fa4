package org.clientele.core.predict;

import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.baseline.DummyClassifierTrainer;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.dtree.impurity.GiniIndex;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.common.tree.RandomForestTrainer;

import java.util.List;

/** The segment-classifier candidates Clientele compares, by name. */
public final class ClassifierModels {

    public static final String MAJORITY = "majority";
    public static final String LOGISTIC = "logistic";
    public static final String RANDOM_FOREST = "random-forest";
    public static final String XGBOOST = "xgboost";

    public static final List<String> ALL = List.of(MAJORITY, LOGISTIC, RANDOM_FOREST, XGBOOST);

    private ClassifierModels() {
    }

    public static ClassifierCandidate byName(String name, ClassificationOptions options) {
        return switch (name) {
            case MAJORITY -> of(MAJORITY, (n, x, y, c, seed) -> DummyClassifierTrainer.createMostFrequentTrainer()
                    .train(TribuoData.classification(n, x, y, c)));
            // L2-regularised logistic regression solved exactly by LIBLINEAR (Fan et al. 2008), one-vs-rest.
            case LOGISTIC -> of(LOGISTIC, (n, x, y, c, seed) -> new LibLinearClassificationTrainer(
                    new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), 1.0, 1000, 1e-4, seed)
                    .train(TribuoData.classification(n, x, y, c)));
            case RANDOM_FOREST -> of(RANDOM_FOREST, (n, x, y, c, seed) -> randomForest(n.size(),
                    options.forestTrees(), seed).train(TribuoData.classification(n, x, y, c)));
            case XGBOOST -> of(XGBOOST, (n, x, y, c, seed) -> options.xgboost().classificationTrainer(seed)
                    .train(TribuoData.classification(n, x, y, c)));
            default -> throw new IllegalArgumentException("unknown model '" + name + "'; known: " + ALL);
        };
    }

    /** Breiman's (2001) random forest: bagged CART trees, each split choosing among √p random features. */
    static RandomForestTrainer<Label> randomForest(int features, int trees, long seed) {
        float fraction = (float) Math.max(1, Math.round(Math.sqrt(features))) / features;
        CARTClassificationTrainer tree = new CARTClassificationTrainer(Integer.MAX_VALUE, 1, 0.0f, fraction, false,
                new GiniIndex(), seed);
        return new RandomForestTrainer<>(tree, new VotingCombiner(), trees, seed);
    }

    @FunctionalInterface
    private interface TribuoFitter {
        Model<Label> fit(List<String> names, double[][] x, int[] y, List<String> classes, long seed);
    }

    private static ClassifierCandidate of(String name, TribuoFitter fitter) {
        return new ClassifierCandidate() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public FittedClassifier fit(List<String> names, double[][] x, int[] y, List<String> classes, long seed) {
                TribuoData.quiet();
                return new TribuoClassifier(fitter.fit(names, x, y, classes, seed), names, classes);
            }
        };
    }
}
