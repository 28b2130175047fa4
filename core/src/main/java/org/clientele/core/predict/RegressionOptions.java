package org.clientele.core.predict;

import java.util.List;

/**
 * Settings of a regression comparison. {@link #defaults()} gives the documented defaults; the
 * {@code with…} methods change one thing, {@link #builder()} several.
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
 * @param transform          a fixed transform fitted on each training part for every model; used only
 *                           when {@code inputScales} is empty (median impute + z-score by default)
 * @param forestTrees        trees in the random forest (200)
 * @param searchCandidates   XGBoost settings tried by the search (11: four library defaults, seven random draws)
 * @param innerFolds         folds of the inner CV used for tuning (3)
 * @param permutationRepeats shuffles per feature for permutation importance (5)
 * @param threads            folds fitted at once (2)
 * @param inputScales        input transforms tried per scale-sensitive model family, chosen by CV on the
 *                           training part ({@link InputScale#ALL}); empty = {@code transform} for all
 * @param tableCv            also cross-validate every model on the whole table (true), for figures
 *                           comparable with other tools' cross_val_score
 * @param tableCvRepeats     repeats of that k-fold; 0 = automatic: 3 below 1,000 rows, else 1
 */
public record RegressionOptions(String target, List<String> models, List<RegressionCandidate> extraCandidates,
                                double testFraction, int folds, long seed, LogTarget logTarget,
                                double leakageThreshold, List<String> keep, RowTransform transform,
                                int forestTrees, int searchCandidates, int innerFolds, int permutationRepeats,
                                int threads, List<InputScale> inputScales, boolean tableCv, int tableCvRepeats) {

    /** Whether to train on log1p of the target. */
    public enum LogTarget { AUTO, ALWAYS, NEVER }

    /** Tables with fewer rows than this get repeated k-fold on the whole table. */
    public static final int SMALL_TABLE_ROWS = 1000;
    /** Repeats of the whole-table k-fold on a small table. */
    public static final int SMALL_TABLE_REPEATS = 3;

    public RegressionOptions {
        models = List.copyOf(models);
        extraCandidates = List.copyOf(extraCandidates);
        keep = List.copyOf(keep);
        inputScales = List.copyOf(inputScales);
        if (testFraction <= 0 || testFraction >= 1) {
            throw new IllegalArgumentException("testFraction must be between 0 and 1");
        }
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be at least 2");
        }
        if (innerFolds < 2) {
            throw new IllegalArgumentException("innerFolds must be at least 2");
        }
        if (tableCvRepeats < 0) {
            throw new IllegalArgumentException("tableCvRepeats must be at least 0");
        }
    }

    /** The settings without the input-transform and whole-table CV ones, which take their defaults. */
    public RegressionOptions(String target, List<String> models, List<RegressionCandidate> extraCandidates,
                             double testFraction, int folds, long seed, LogTarget logTarget, double leakageThreshold,
                             List<String> keep, RowTransform transform, int forestTrees, int searchCandidates,
                             int innerFolds, int permutationRepeats, int threads) {
        this(target, models, extraCandidates, testFraction, folds, seed, logTarget, leakageThreshold, keep, transform,
                forestTrees, searchCandidates, innerFolds, permutationRepeats, threads, InputScale.ALL, true, 0);
    }

    public static RegressionOptions defaults() {
        return new RegressionOptions("target", RegressionModels.ALL, List.of(), 0.2, 5, 42, LogTarget.AUTO, 0.95, List.of(),
                RowTransform.IMPUTE_STANDARDIZE, 200, 11, 3, 5, Math.min(2, Runtime.getRuntime().availableProcessors()),
                InputScale.ALL, true, 0);
    }

    public static Builder builder() {
        return new Builder(defaults());
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The whole-table k-fold repeats for a table of {@code rows} rows. */
    public int tableCvRepeatsFor(int rows) {
        if (tableCvRepeats > 0) {
            return tableCvRepeats;
        }
        return rows < SMALL_TABLE_ROWS ? SMALL_TABLE_REPEATS : 1;
    }

    public RegressionOptions withTarget(String t) {
        return toBuilder().target(t).build();
    }

    public RegressionOptions withModels(List<String> m) {
        return toBuilder().models(m).build();
    }

    public RegressionOptions withExtraCandidates(List<RegressionCandidate> c) {
        return toBuilder().extraCandidates(c).build();
    }

    public RegressionOptions withSeed(long s) {
        return toBuilder().seed(s).build();
    }

    public RegressionOptions withFolds(int f) {
        return toBuilder().folds(f).build();
    }

    public RegressionOptions withLogTarget(LogTarget l) {
        return toBuilder().logTarget(l).build();
    }

    public RegressionOptions withKeep(List<String> k) {
        return toBuilder().keep(k).build();
    }

    /** A fixed transform for every model; this turns the input-transform choice off. */
    public RegressionOptions withTransform(RowTransform t) {
        return toBuilder().transform(t).inputScales(List.of()).build();
    }

    public RegressionOptions withForestTrees(int n) {
        return toBuilder().forestTrees(n).build();
    }

    public RegressionOptions withSearch(int candidates, int inner) {
        return toBuilder().searchCandidates(candidates).innerFolds(inner).build();
    }

    public RegressionOptions withThreads(int n) {
        return toBuilder().threads(n).build();
    }

    public RegressionOptions withInputScales(List<InputScale> scales) {
        return toBuilder().inputScales(scales).build();
    }

    public RegressionOptions withTableCv(boolean on) {
        return toBuilder().tableCv(on).build();
    }

    /** Changes several settings at once; {@link #build()} checks them. */
    public static final class Builder {
        private String target;
        private List<String> models;
        private List<RegressionCandidate> extraCandidates;
        private double testFraction;
        private int folds;
        private long seed;
        private LogTarget logTarget;
        private double leakageThreshold;
        private List<String> keep;
        private RowTransform transform;
        private int forestTrees;
        private int searchCandidates;
        private int innerFolds;
        private int permutationRepeats;
        private int threads;
        private List<InputScale> inputScales;
        private boolean tableCv;
        private int tableCvRepeats;

        private Builder(RegressionOptions o) {
            target = o.target;
            models = o.models;
            extraCandidates = o.extraCandidates;
            testFraction = o.testFraction;
            folds = o.folds;
            seed = o.seed;
            logTarget = o.logTarget;
            leakageThreshold = o.leakageThreshold;
            keep = o.keep;
            transform = o.transform;
            forestTrees = o.forestTrees;
            searchCandidates = o.searchCandidates;
            innerFolds = o.innerFolds;
            permutationRepeats = o.permutationRepeats;
            threads = o.threads;
            inputScales = o.inputScales;
            tableCv = o.tableCv;
            tableCvRepeats = o.tableCvRepeats;
        }

        public Builder target(String v) { target = v; return this; }
        public Builder models(List<String> v) { models = v; return this; }
        public Builder extraCandidates(List<RegressionCandidate> v) { extraCandidates = v; return this; }
        public Builder testFraction(double v) { testFraction = v; return this; }
        public Builder folds(int v) { folds = v; return this; }
        public Builder seed(long v) { seed = v; return this; }
        public Builder logTarget(LogTarget v) { logTarget = v; return this; }
        public Builder leakageThreshold(double v) { leakageThreshold = v; return this; }
        public Builder keep(List<String> v) { keep = v; return this; }
        /** Used for every model only when {@link #inputScales} is empty. */
        public Builder transform(RowTransform v) { transform = v; return this; }
        public Builder forestTrees(int v) { forestTrees = v; return this; }
        public Builder searchCandidates(int v) { searchCandidates = v; return this; }
        public Builder innerFolds(int v) { innerFolds = v; return this; }
        public Builder permutationRepeats(int v) { permutationRepeats = v; return this; }
        public Builder threads(int v) { threads = Math.max(1, v); return this; }
        public Builder inputScales(List<InputScale> v) { inputScales = v; return this; }
        public Builder tableCv(boolean v) { tableCv = v; return this; }
        public Builder tableCvRepeats(int v) { tableCvRepeats = v; return this; }

        public RegressionOptions build() {
            return new RegressionOptions(target, models, extraCandidates, testFraction, folds, seed, logTarget,
                    leakageThreshold, keep, transform, forestTrees, searchCandidates, innerFolds, permutationRepeats,
                    threads, inputScales, tableCv, tableCvRepeats);
        }
    }
}
