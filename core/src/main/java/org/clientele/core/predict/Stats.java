package org.clientele.core.predict;

import org.clientele.core.stats.Correlation;
import org.clientele.core.stats.Descriptive;

/** Small descriptive statistics used across the package; NaN inputs are the caller's business. */
final class Stats {

    private Stats() {
    }

    static double mean(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return a.length == 0 ? Double.NaN : s / a.length;
    }

    /** Population variance (divides by n), as numpy's default. */
    static double variance(double[] a) {
        double m = mean(a);
        double s = 0;
        for (double v : a) {
            s += (v - m) * (v - m);
        }
        return a.length == 0 ? Double.NaN : s / a.length;
    }

    static double std(double[] a) {
        return Math.sqrt(variance(a));
    }

    /** Skewness: the one definition, {@link Descriptive#skewness} (pandas' adjusted G1). */
    static double skewness(double[] a) {
        return Descriptive.skewness(a);
    }

    /** {@link Correlation#pearson}: NaN when either side is constant. */
    static double pearson(double[] a, double[] b) {
        return Correlation.pearson(a, b);
    }

    /** {@link Correlation#spearman}: Spearman's rho, NaN when either side is constant. */
    static double spearman(double[] a, double[] b) {
        return Correlation.spearman(a, b);
    }

    static double[] ranks(double[] a) {
        return Correlation.averageRanks(a);
    }

    /** {@link Descriptive#quantile}: linear interpolation between order statistics (numpy's default). */
    static double quantile(double[] a, double q) {
        return Descriptive.quantile(a, q);
    }
}
