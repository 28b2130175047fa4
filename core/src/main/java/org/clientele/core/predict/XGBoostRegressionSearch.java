package org.clientele.core.predict;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * XGBoost (Chen &amp; Guestrin 2016) with a seeded random search (Bergstra &amp; Bengio 2012) over depth,
 * learning rate, rounds and row subsample, scored by inner k-fold R² on the rows given to {@link #fit}
 * only. Because the search runs inside {@code fit}, cross-validating this candidate is nested CV.
 */
public record XGBoostRegressionSearch(int candidates, int innerFolds) implements RegressionCandidate {

    static final int[] DEPTHS = {2, 3, 4, 5, 6};
    static final double[] ETAS = {0.03, 0.05, 0.1, 0.2};
    static final int[] ROUNDS = {100, 200, 400};
    static final double[] SUBSAMPLES = {0.6, 0.8, 1.0};
    static final double[] MIN_CHILD_WEIGHTS = {1, 3, 5};

    /** The model with the settings the search picked. */
    public record Fit(TribuoRegressor model, XGBoostSettings chosen, double innerR2) implements FittedRegressor {
        @Override
        public double[] predict(double[][] rows) {
            return model.predict(rows);
        }

        @Override
        public String settings() {
            return String.format(java.util.Locale.ROOT, "maxDepth=%d, eta=%s, rounds=%d, subsample=%s, "
                            + "minChildWeight=%s (inner CV R2 %.4f)", chosen.maxDepth(), chosen.eta(),
                    chosen.rounds(), chosen.subsample(), chosen.minChildWeight(), innerR2);
        }

        @Override
        public FittedRegressor unwrap() {
            return model;
        }
    }

    @Override
    public String name() {
        return RegressionModels.XGBOOST;
    }

    @Override
    public boolean inputScaleInvariant() {
        return true;
    }

    /**
     * Settings always tried, so the search never loses to an untuned library default: Clientele's
     * default, scikit-learn's GradientBoostingRegressor (depth 3, learning rate 0.1, 100 trees, no
     * subsample), the same with 300 trees, and XGBoost's depth 6 at eta 0.1.
     */
    static final List<XGBoostSettings> LIBRARY_DEFAULTS = List.of(XGBoostSettings.DEFAULT,
            new XGBoostSettings(3, 0.1, 100, 1.0, 1), new XGBoostSettings(3, 0.1, 300, 1.0, 1),
            new XGBoostSettings(6, 0.1, 100, 1.0, 1));

    /**
     * The settings tried for a seed: {@link #LIBRARY_DEFAULTS} first, then distinct random draws up to
     * {@code candidates} in all (never fewer than the defaults). One candidate means no search: the
     * default setting alone (the reference model of the target-scale choice).
     */
    public List<XGBoostSettings> settingsToTry(long seed) {
        if (candidates <= 1) {
            return List.of(XGBoostSettings.DEFAULT);
        }
        Set<XGBoostSettings> out = new LinkedHashSet<>(LIBRARY_DEFAULTS);
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
        int attempts = 0;
        while (out.size() < Math.max(1, candidates) && attempts++ < 1000) {
            out.add(new XGBoostSettings(DEPTHS[rnd.nextInt(DEPTHS.length)], ETAS[rnd.nextInt(ETAS.length)],
                    ROUNDS[rnd.nextInt(ROUNDS.length)], SUBSAMPLES[rnd.nextInt(SUBSAMPLES.length)],
                    MIN_CHILD_WEIGHTS[rnd.nextInt(MIN_CHILD_WEIGHTS.length)]));
        }
        return new ArrayList<>(out);
    }

    @Override
    public Fit fit(List<String> featureNames, double[][] x, double[] y, long seed) {
        TribuoData.quiet();
        List<XGBoostSettings> grid = settingsToTry(seed);
        XGBoostSettings best = grid.get(0);
        double bestScore = Double.NaN;
        if (grid.size() > 1 && x.length >= 2 * innerFolds) {
            bestScore = Double.NEGATIVE_INFINITY;
            for (XGBoostSettings s : grid) {
                double score = InnerValidation.meanR2(x, y, innerFolds, seed,
                        (ix, iy) -> train(featureNames, ix, iy, s, seed));
                if (score > bestScore) {
                    bestScore = score;
                    best = s;
                }
            }
        }
        return new Fit(train(featureNames, x, y, best, seed), best, bestScore);
    }

    static TribuoRegressor train(List<String> names, double[][] x, double[] y, XGBoostSettings s, long seed) {
        return new TribuoRegressor(s.regressionTrainer(seed).train(TribuoData.regression(names, x, y)), names);
    }
}
