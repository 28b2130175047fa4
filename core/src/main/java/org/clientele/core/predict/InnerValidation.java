package org.clientele.core.predict;

import java.util.List;

/** Cross-validation inside a training part, for tuning; its scores are never reported as results. */
final class InnerValidation {

    @FunctionalInterface
    interface Fit {
        FittedRegressor fit(double[][] x, double[] y);
    }

    private InnerValidation() {
    }

    /** Mean R² over {@code k} shuffled folds of the given rows. */
    static double meanR2(double[][] x, double[] y, int k, long seed, Fit fit) {
        List<Split> folds = Folds.kFold(x.length, k, seed ^ 0x5DEECE66DL);
        double sum = 0;
        for (Split s : folds) {
            FittedRegressor m = fit.fit(pick(x, s.train()), pick(y, s.train()));
            double r2 = RegressionMetrics.of(pick(y, s.test()), m.predict(pick(x, s.test()))).r2();
            sum += Double.isNaN(r2) ? 0 : r2;
        }
        return sum / folds.size();
    }

    static double[][] pick(double[][] x, int[] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = x[rows[i]];
        }
        return out;
    }

    static double[] pick(double[] y, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = y[rows[i]];
        }
        return out;
    }

    static int[] pick(int[] y, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = y[rows[i]];
        }
        return out;
    }
}
