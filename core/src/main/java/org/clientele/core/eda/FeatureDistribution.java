package org.clientele.core.eda;

import org.clientele.core.stats.Descriptive;

/**
 * The distribution of one customer feature: moments (population standard deviation, skewness as
 * {@link Descriptive#skewness}: pandas' adjusted G1, 0 for a constant feature), quantiles and a
 * histogram (log-scaled when the feature is positive and right-skewed).
 */
public record FeatureDistribution(String feature, int count, double mean, double std, double skewness,
                                  Quantiles quantiles, Histogram histogram) {

    /** Skewness above which a positive feature is binned on a log scale. */
    static final double LOG_SKEW = 1.0;

    static FeatureDistribution of(String name, double[] values) {
        double[] v = java.util.Arrays.stream(values).filter(Double::isFinite).toArray();
        int n = v.length;
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean = n == 0 ? Double.NaN : mean / n;
        double m2 = 0;
        double min = Double.POSITIVE_INFINITY;
        for (double x : v) {
            double d = x - mean;
            m2 += d * d;
            min = Math.min(min, x);
        }
        m2 /= n;
        double skew = n == 0 ? Double.NaN : Descriptive.skewness(v);
        Histogram h = skew > LOG_SKEW && min > 0 ? Histogram.log10(v, 5) : Histogram.linear(v, 20);
        return new FeatureDistribution(name, n, mean, Math.sqrt(m2), skew, Quantiles.of(v, Quantiles.STANDARD), h);
    }
}
