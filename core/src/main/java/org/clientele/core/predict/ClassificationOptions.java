package org.clientele.core.predict;

import java.util.List;

/**
 * Settings of a segment-classifier comparison; {@link #defaults()} gives the documented defaults and
 * {@link #builder()} names the ones to change.
 *
 * @param target         name of the label column, for reports (e.g. "segment")
 * @param segmentNames   display names in class order (null = the class names)
 * @param models         built-in model names ({@link ClassifierModels#ALL})
 * @param chooseBy       "macroF1" (default: fair to small segments) or "accuracy", both from CV
 * @param testFraction   stratified held-out share (0.2)
 * @param folds          stratified CV folds on the training part (5)
 * @param forestTrees    trees in the random forest (100)
 * @param xgboost        XGBoost settings (fixed; no search for the classifier)
 * @param oodPercentile  training-distance percentile above which a customer is out of distribution (99)
 */
public record ClassificationOptions(String target, List<String> segmentNames, List<String> models,
                                    List<ClassifierCandidate> extraCandidates, String chooseBy, double testFraction,
                                    int folds, long seed, RowTransform transform, int forestTrees,
                                    XGBoostSettings xgboost, int permutationRepeats, double oodPercentile,
                                    int threads) {

    public ClassificationOptions {
        segmentNames = segmentNames == null ? null : List.copyOf(segmentNames);
        models = List.copyOf(models);
        extraCandidates = List.copyOf(extraCandidates);
        if (!chooseBy.equals("macroF1") && !chooseBy.equals("accuracy")) {
            throw new IllegalArgumentException("chooseBy must be macroF1 or accuracy");
        }
        if (testFraction <= 0 || testFraction >= 1 || folds < 2) {
            throw new IllegalArgumentException("need 0 < testFraction < 1 and folds >= 2");
        }
    }

    public static ClassificationOptions defaults() {
        return builder().build();
    }

    /** A builder starting from the documented defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    public ClassificationOptions withTarget(String t, List<String> names) {
        return toBuilder().target(t).segmentNames(names).build();
    }

    public ClassificationOptions withModels(List<String> m) {
        return toBuilder().models(m).build();
    }

    public ClassificationOptions withSeed(long s) {
        return toBuilder().seed(s).build();
    }

    public ClassificationOptions withFolds(int f) {
        return toBuilder().folds(f).build();
    }

    public ClassificationOptions withChooseBy(String c) {
        return toBuilder().chooseBy(c).build();
    }

    public ClassificationOptions withForestTrees(int n) {
        return toBuilder().forestTrees(n).build();
    }

    public ClassificationOptions withTransform(RowTransform t) {
        return toBuilder().transform(t).build();
    }

    public ClassificationOptions withThreads(int n) {
        return toBuilder().threads(Math.max(1, n)).build();
    }

    /** Named settings instead of fourteen positional arguments; {@link #build()} checks them. */
    public static final class Builder {
        private String target = "segment";
        private List<String> segmentNames;
        private List<String> models = ClassifierModels.ALL;
        private List<ClassifierCandidate> extraCandidates = List.of();
        private String chooseBy = "macroF1";
        private double testFraction = 0.2;
        private int folds = 5;
        private long seed = 42;
        private RowTransform transform = RowTransform.IMPUTE_STANDARDIZE;
        private int forestTrees = 100;
        private XGBoostSettings xgboost = new XGBoostSettings(4, 0.3, 50, 1.0, 1);
        private int permutationRepeats = 5;
        private double oodPercentile = 99;
        private int threads = Math.min(2, Runtime.getRuntime().availableProcessors());

        private Builder() {
        }

        private Builder(ClassificationOptions o) {
            target = o.target;
            segmentNames = o.segmentNames;
            models = o.models;
            extraCandidates = o.extraCandidates;
            chooseBy = o.chooseBy;
            testFraction = o.testFraction;
            folds = o.folds;
            seed = o.seed;
            transform = o.transform;
            forestTrees = o.forestTrees;
            xgboost = o.xgboost;
            permutationRepeats = o.permutationRepeats;
            oodPercentile = o.oodPercentile;
            threads = o.threads;
        }

        public Builder target(String v) {
            target = v;
            return this;
        }

        public Builder segmentNames(List<String> v) {
            segmentNames = v;
            return this;
        }

        public Builder models(List<String> v) {
            models = v;
            return this;
        }

        public Builder extraCandidates(List<ClassifierCandidate> v) {
            extraCandidates = v;
            return this;
        }

        public Builder chooseBy(String v) {
            chooseBy = v;
            return this;
        }

        public Builder testFraction(double v) {
            testFraction = v;
            return this;
        }

        public Builder folds(int v) {
            folds = v;
            return this;
        }

        public Builder seed(long v) {
            seed = v;
            return this;
        }

        public Builder transform(RowTransform v) {
            transform = v;
            return this;
        }

        public Builder forestTrees(int v) {
            forestTrees = v;
            return this;
        }

        public Builder xgboost(XGBoostSettings v) {
            xgboost = v;
            return this;
        }

        public Builder permutationRepeats(int v) {
            permutationRepeats = v;
            return this;
        }

        public Builder oodPercentile(double v) {
            oodPercentile = v;
            return this;
        }

        public Builder threads(int v) {
            threads = v;
            return this;
        }

        public ClassificationOptions build() {
            return new ClassificationOptions(target, segmentNames, models, extraCandidates, chooseBy, testFraction,
                    folds, seed, transform, forestTrees, xgboost, permutationRepeats, oodPercentile, threads);
        }
    }
}
