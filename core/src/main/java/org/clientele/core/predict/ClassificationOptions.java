package org.clientele.core.predict;

import java.util.List;

/**
 * Settings of a segment-classifier comparison; {@link #defaults()} gives the documented defaults.
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
        return new ClassificationOptions("segment", null, ClassifierModels.ALL, List.of(), "macroF1", 0.2, 5, 42,
                RowTransform.IMPUTE_STANDARDIZE, 100, new XGBoostSettings(4, 0.3, 50, 1.0, 1), 5, 99,
                Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    public ClassificationOptions withTarget(String t, List<String> names) {
        return new ClassificationOptions(t, names, models, extraCandidates, chooseBy, testFraction, folds, seed,
                transform, forestTrees, xgboost, permutationRepeats, oodPercentile, threads);
    }

    public ClassificationOptions withModels(List<String> m) {
        return new ClassificationOptions(target, segmentNames, m, extraCandidates, chooseBy, testFraction, folds, seed,
                transform, forestTrees, xgboost, permutationRepeats, oodPercentile, threads);
    }

    public ClassificationOptions withSeed(long s) {
        return new ClassificationOptions(target, segmentNames, models, extraCandidates, chooseBy, testFraction, folds,
                s, transform, forestTrees, xgboost, permutationRepeats, oodPercentile, threads);
    }

    public ClassificationOptions withFolds(int f) {
        return new ClassificationOptions(target, segmentNames, models, extraCandidates, chooseBy, testFraction, f,
                seed, transform, forestTrees, xgboost, permutationRepeats, oodPercentile, threads);
    }

    public ClassificationOptions withChooseBy(String c) {
        return new ClassificationOptions(target, segmentNames, models, extraCandidates, c, testFraction, folds, seed,
                transform, forestTrees, xgboost, permutationRepeats, oodPercentile, threads);
    }

    public ClassificationOptions withForestTrees(int n) {
        return new ClassificationOptions(target, segmentNames, models, extraCandidates, chooseBy, testFraction, folds,
                seed, transform, n, xgboost, permutationRepeats, oodPercentile, threads);
    }

    public ClassificationOptions withTransform(RowTransform t) {
        return new ClassificationOptions(target, segmentNames, models, extraCandidates, chooseBy, testFraction, folds,
                seed, t, forestTrees, xgboost, permutationRepeats, oodPercentile, threads);
    }

    public ClassificationOptions withThreads(int n) {
        return new ClassificationOptions(target, segmentNames, models, extraCandidates, chooseBy, testFraction, folds,
                seed, transform, forestTrees, xgboost, permutationRepeats, oodPercentile, Math.max(1, n));
    }
}
