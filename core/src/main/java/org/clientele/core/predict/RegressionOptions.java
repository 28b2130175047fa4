package org.clientele.core.predict;

import java.util.List;

/**
 * Settings of a regression comparison. {@link #defaults()} gives the documented defaults; the
 * {@code with…} methods change one thing.
 *
 * @param target             the target column's name, for reports and the leakage guard's name check
 * @param models             built-in model names to compare ({@link RegressionModels#ALL} by default)
 * @param extraCandidates    more candidates, e.g. a neural net (the extension point)
 * @param testFraction       share of rows held out for the final test (0.2)
 * @param folds              cross-validation folds on the training part (5)
 * @param seed               seeds every split, search and model (42)
 * @param logTarget          train on log1p(y): AUTO decides by measurement (see {@link RegressionComparison})
 * @param leakageThreshold   |Pearson| or |Spearman| with the target at which a feature is excluded (0.95)
 * @param keep               features never excluded by the leakage guard
 * @param transform          fitted on each training part (median impute + z-score by default)
 * @param forestTrees        trees in the random forest (200)
 * @param searchCandidates   XGBoost settings tried by random search (8, the default setting included)
 * @param innerFolds         folds of the inner CV used for tuning (3)
 * @param permutationRepeats shuffles per feature for permutation importance (5)
 * @param threads            folds fitted at once (2)
 */
public record RegressionOptions(String target, List<String> models, List<RegressionCandidate> extraCandidates,
                                double testFraction, int folds, long seed, LogTarget logTarget,
                                double leakageThreshold, List<String> keep, RowTransform transform,
                                int forestTrees, int searchCandidates, int innerFolds, int permutationRepeats,
                                int threads) {

    /** Whether to train on log1p of the target. */
    public enum LogTarget { AUTO, ALWAYS, NEVER }

    public RegressionOptions {
        models = List.copyOf(models);
        extraCandidates = List.copyOf(extraCandidates);
        keep = List.copyOf(keep);
        if (testFraction <= 0 || testFraction >= 1) {
            throw new IllegalArgumentException("testFraction must be between 0 and 1");
        }
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be at least 2");
        }
        if (innerFolds < 2) {
            throw new IllegalArgumentException("innerFolds must be at least 2");
        }
    }

    public static RegressionOptions defaults() {
        return new RegressionOptions("target", RegressionModels.ALL, List.of(), 0.2, 5, 42, LogTarget.AUTO, 0.95, List.of(),
                RowTransform.IMPUTE_STANDARDIZE, 200, 8, 3, 5, Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    public RegressionOptions withTarget(String t) {
        return new RegressionOptions(t, models, extraCandidates, testFraction, folds, seed, logTarget, leakageThreshold,
                keep, transform, forestTrees, searchCandidates, innerFolds, permutationRepeats, threads);
    }

    public RegressionOptions withModels(List<String> m) {
        return new RegressionOptions(target, m, extraCandidates, testFraction, folds, seed, logTarget, leakageThreshold, keep,
                transform, forestTrees, searchCandidates, innerFolds, permutationRepeats, threads);
    }

    public RegressionOptions withExtraCandidates(List<RegressionCandidate> c) {
        return new RegressionOptions(target, models, c, testFraction, folds, seed, logTarget, leakageThreshold, keep,
                transform, forestTrees, searchCandidates, innerFolds, permutationRepeats, threads);
    }

    public RegressionOptions withSeed(long s) {
        return new RegressionOptions(target, models, extraCandidates, testFraction, folds, s, logTarget, leakageThreshold, keep,
                transform, forestTrees, searchCandidates, innerFolds, permutationRepeats, threads);
    }

    public RegressionOptions withFolds(int f) {
        return new RegressionOptions(target, models, extraCandidates, testFraction, f, seed, logTarget, leakageThreshold, keep,
                transform, forestTrees, searchCandidates, innerFolds, permutationRepeats, threads);
    }

    public RegressionOptions withLogTarget(LogTarget l) {
        return new RegressionOptions(target, models, extraCandidates, testFraction, folds, seed, l, leakageThreshold, keep,
                transform, forestTrees, searchCandidates, innerFolds, permutationRepeats, threads);
    }

    public RegressionOptions withKeep(List<String> k) {
        return new RegressionOptions(target, models, extraCandidates, testFraction, folds, seed, logTarget, leakageThreshold, k,
                transform, forestTrees, searchCandidates, innerFolds, permutationRepeats, threads);
    }

    public RegressionOptions withTransform(RowTransform t) {
        return new RegressionOptions(target, models, extraCandidates, testFraction, folds, seed, logTarget, leakageThreshold,
                keep, t, forestTrees, searchCandidates, innerFolds, permutationRepeats, threads);
    }

    public RegressionOptions withForestTrees(int n) {
        return new RegressionOptions(target, models, extraCandidates, testFraction, folds, seed, logTarget, leakageThreshold,
                keep, transform, n, searchCandidates, innerFolds, permutationRepeats, threads);
    }

    public RegressionOptions withSearch(int candidates, int inner) {
        return new RegressionOptions(target, models, extraCandidates, testFraction, folds, seed, logTarget, leakageThreshold,
                keep, transform, forestTrees, candidates, inner, permutationRepeats, threads);
    }

    public RegressionOptions withThreads(int n) {
        return new RegressionOptions(target, models, extraCandidates, testFraction, folds, seed, logTarget, leakageThreshold,
                keep, transform, forestTrees, searchCandidates, innerFolds, permutationRepeats, Math.max(1, n));
    }
}
