package org.clientele.core.predict;

/**
 * Error of predictions against actual values: root mean squared error, mean absolute error and the
 * coefficient of determination R² = 1 − SS_res / SS_tot (SS_tot around the mean of the actual values,
 * as scikit-learn's r2_score). R² is undefined when all actual values are equal and is NaN then.
 */
public record RegressionMetrics(double rmse, double mae, double r2, int n) {

    public static RegressionMetrics of(double[] actual, double[] predicted) {
        int n = actual.length;
        if (n == 0 || predicted.length != n) {
            throw new IllegalArgumentException("need equally many actual and predicted values, at least one");
        }
        double mean = 0;
        for (double a : actual) {
            mean += a;
        }
        mean /= n;
        double ssRes = 0;
        double absSum = 0;
        double ssTot = 0;
        for (int i = 0; i < n; i++) {
            double e = actual[i] - predicted[i];
            ssRes += e * e;
            absSum += Math.abs(e);
            ssTot += (actual[i] - mean) * (actual[i] - mean);
        }
        double r2 = ssTot > 0 ? 1 - ssRes / ssTot : Double.NaN;
        return new RegressionMetrics(Math.sqrt(ssRes / n), absSum / n, r2, n);
    }
}
