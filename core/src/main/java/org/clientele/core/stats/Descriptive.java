package org.clientele.core.stats;

import java.util.Arrays;

/** Quantiles, the median and skewness. Callers drop missing values (NaN) first. */
public final class Descriptive {

    private Descriptive() {
    }

    /**
     * The p-quantile (0..1) of values sorted ascending, by linear interpolation between order statistics
     * (Hyndman &amp; Fan 1996, definition 7: the default of R, NumPy and pandas); NaN when there are none.
     */
    public static double quantileOfSorted(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** {@link #quantileOfSorted} of values in any order (they are not changed). */
    public static double quantile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return quantileOfSorted(sorted, p);
    }

    /** The middle value, or the mean of the two middle values; NaN when there are none. */
    public static double medianOfSorted(double[] sorted) {
        return quantileOfSorted(sorted, 0.5);
    }

    public static double median(double[] values) {
        return quantile(values, 0.5);
    }

    /**
     * Skewness, the one definition used everywhere (the log1p decision of the feature pipeline, the
     * target scale, the EDA distributions): the adjusted Fisher–Pearson sample skewness
     * G1 = g1·√(n(n−1))/(n−2) with g1 = m3/m2^1.5 and population moments, as pandas' {@code Series.skew()}
     * (Joanes &amp; Gill 1998, type 2). 0 for fewer than three values or no spread (pandas gives 0 for
     * constant data too), so a constant column never counts as skewed.
     */
    public static double skewness(double[] values) {
        int n = values.length;
        if (n < 3) {
            return 0;
        }
        double mean = 0;
        for (double x : values) {
            mean += x;
        }
        mean /= n;
        double m2 = 0;
        double m3 = 0;
        for (double x : values) {
            double d = x - mean;
            m2 += d * d;
            m3 += d * d * d;
        }
        m2 /= n;
        m3 /= n;
        // checked exactly: the rounded mean of a constant column such as 0.1 leaves m2 ≈ 1e-34 and m3/m2^1.5 noise
        if (m2 <= 1e-300 || isConstant(values)) {
            return 0;
        }
        double g1 = m3 / Math.pow(m2, 1.5);
        return g1 * Math.sqrt((double) n * (n - 1)) / (n - 2);
    }

    private static boolean isConstant(double[] v) {
        for (double x : v) {
            if (x != v[0]) {
                return false;
            }
        }
        return true;
    }
}
