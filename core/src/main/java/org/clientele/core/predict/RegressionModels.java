package org.clientele.core.predict;

import org.tribuo.Model;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.baseline.DummyRegressionTrainer;
import org.tribuo.regression.slm.ElasticNetCDTrainer;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The regression candidates Clientele compares, by name. */
public final class RegressionModels {

    public static final String MEAN = "mean";
    public static final String LINEAR = "linear";
    public static final String LASSO = "lasso";
    public static final String ELASTIC_NET = "elastic-net";
    public static final String RANDOM_FOREST = "random-forest";
    public static final String XGBOOST = "xgboost";

    /** Every built-in name, in report order. */
    public static final List<String> ALL = List.of(MEAN, LINEAR, LASSO, ELASTIC_NET, RANDOM_FOREST, XGBOOST);

    /** Penalties tried for LASSO and elastic net, as multiples of the target's standard deviation. */
    static final double[] RELATIVE_ALPHAS = {0.001, 0.01, 0.03, 0.1, 0.3};

    /**
     * Elastic net also tries far smaller penalties. With the usual 1/(2n) loss scaling its ridge part
     * shrinks z-scored coefficients by about 1 / (1 + α(1 − l1Ratio)), and α is in target units, so on a
     * target with a standard deviation of 10,000 even the smallest LASSO penalty above divides every
     * coefficient by about 6: measured on UCI Wholesale, elastic net reached CV R² 0.55 where least
     * squares reached 0.82.
     */
    static final double[] RELATIVE_ALPHAS_WITH_RIDGE = {1e-6, 1e-5, 1e-4, 0.001, 0.01, 0.03, 0.1, 0.3};

    private RegressionModels() {
    }

    public static RegressionCandidate byName(String name, RegressionOptions options) {
        return switch (name) {
            case MEAN -> tribuo(MEAN, true, (names, x, y, seed) -> DummyRegressionTrainer.createMeanTrainer()
                    .train(TribuoData.regression(names, x, y)));
            case LINEAR -> new Simple(LINEAR, false, (names, x, y, seed) -> LinearFormula.fit(names, x, y));
            case LASSO -> penalised(LASSO, 1.0, options);
            case ELASTIC_NET -> penalised(ELASTIC_NET, 0.5, options);
            case RANDOM_FOREST -> tribuo(RANDOM_FOREST, true, (names, x, y, seed) -> randomForest(names.size(),
                    options.forestTrees(), seed).train(TribuoData.regression(names, x, y)));
            case XGBOOST -> new XGBoostRegressionSearch(options.searchCandidates(), options.innerFolds());
            default -> throw new IllegalArgumentException("unknown model '" + name + "'; known: " + ALL);
        };
    }

    /**
     * Random forest (Breiman 2001) grown by XGBoost's random-forest mode: one boosting round of
     * {@code trees} parallel trees, each on a 63.2% row subsample (the expected share of distinct rows
     * in a bootstrap) and each split choosing among a random third of the features (the regression
     * default of the original paper), learning rate 1 so the forest is the plain average of its trees.
     * Tribuo's own CART regression trees were measured at 0.2 s per tree on 3,500 rows × 10 features,
     * i.e. over 40 s per 200-tree forest, which no 5-fold comparison can afford.
     */
    static XGBoostRegressionTrainer randomForest(int features, int trees, long seed) {
        double fraction = (double) Math.max(1, Math.round(features / 3.0)) / features;
        Map<String, Object> params = new HashMap<>();
        params.put("objective", "reg:squarederror");
        params.put("booster", "gbtree");
        params.put("tree_method", "hist");
        params.put("num_parallel_tree", trees);
        params.put("subsample", 0.632);
        params.put("colsample_bynode", fraction);
        params.put("eta", 1.0);
        params.put("max_depth", 12);
        params.put("min_child_weight", 5.0);
        params.put("lambda", 0.0);
        params.put("nthread", 1);
        params.put("verbosity", 0);
        params.put("seed", (int) seed);
        return new XGBoostRegressionTrainer(XGBoostRegressionTrainer.RegressionType.LINEAR, 1, params);
    }

    /** Coordinate-descent elastic net (Friedman, Hastie &amp; Tibshirani 2010) with α chosen by inner CV. */
    private static RegressionCandidate penalised(String name, double l1Ratio, RegressionOptions options) {
        return new Simple(name, false, (names, x, y, seed) -> {
            double sd = Math.sqrt(Stats.variance(y));
            double scale = sd > 0 ? sd : 1;
            double bestAlpha = (l1Ratio < 1 ? RELATIVE_ALPHAS_WITH_RIDGE : RELATIVE_ALPHAS)[0] * scale;
            if (x.length >= 2 * options.innerFolds()) {
                double bestScore = Double.NEGATIVE_INFINITY;
                for (double relative : l1Ratio < 1 ? RELATIVE_ALPHAS_WITH_RIDGE : RELATIVE_ALPHAS) {
                    double alpha = relative * scale;
                    double score = InnerValidation.meanR2(x, y, options.innerFolds(), seed,
                            (ix, iy) -> elasticNet(names, ix, iy, alpha, l1Ratio, seed));
                    if (score > bestScore) {
                        bestScore = score;
                        bestAlpha = alpha;
                    }
                }
            }
            return new PenalisedFit(elasticNet(names, x, y, bestAlpha, l1Ratio, seed), bestAlpha, l1Ratio);
        });
    }

    /** An elastic-net model with the penalty the inner CV chose. */
    record PenalisedFit(TribuoRegressor model, double alpha, double l1Ratio) implements FittedRegressor {
        @Override
        public double[] predict(double[][] rows) {
            return model.predict(rows);
        }

        @Override
        public String settings() {
            return String.format(java.util.Locale.ROOT, "alpha=%.6g, l1Ratio=%s", alpha, l1Ratio);
        }

        @Override
        public FittedRegressor unwrap() {
            return model;
        }
    }

    private static TribuoRegressor elasticNet(List<String> names, double[][] x, double[] y, double alpha,
                                              double l1Ratio, long seed) {
        ElasticNetCDTrainer trainer = new ElasticNetCDTrainer(alpha, l1Ratio, 1e-4, 500, false, seed);
        return new TribuoRegressor(trainer.train(TribuoData.regression(names, x, y)), names);
    }

    @FunctionalInterface
    interface Fitter {
        FittedRegressor fit(List<String> names, double[][] x, double[] y, long seed);
    }

    @FunctionalInterface
    interface TribuoFitter {
        Model<Regressor> fit(List<String> names, double[][] x, double[] y, long seed);
    }

    private static RegressionCandidate tribuo(String name, boolean treeOrConstant, TribuoFitter fitter) {
        return new Simple(name, treeOrConstant, (names, x, y, seed) -> new TribuoRegressor(fitter.fit(names, x, y, seed), names));
    }

    private record Simple(String name, boolean inputScaleInvariant, Fitter fitter) implements RegressionCandidate {
        @Override
        public FittedRegressor fit(List<String> featureNames, double[][] x, double[] y, long seed) {
            TribuoData.quiet();
            return fitter.fit(featureNames, x, y, seed);
        }
    }
}
