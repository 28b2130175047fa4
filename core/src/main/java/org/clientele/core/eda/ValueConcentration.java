package org.clientele.core.eda;

import java.util.Arrays;

/**
 * How unevenly customers' total spend is spread.
 *
 * <p>The Lorenz curve L(p) is the share of total spend held by the lowest-spending fraction p of customers,
 * linear between customers (each customer a slice 1/n wide). The Gini coefficient is
 * G = Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² μ) (Gini 1912; the population form, without the n/(n−1) small-sample
 * correction), equal to 1 − 2 × the area under that curve: [1,1,1,1] gives 0 and [0,0,0,1] gives 0.75.
 * The top-q share is 1 − L(1 − q), so the top 20% of 4 customers is 0.8 of a customer.
 *
 * @param lorenzPopulation        p at evenly spaced points 0..1
 * @param lorenzSpend             L(p) at those points
 * @param customersFor80Percent   smallest share of customers (highest spenders first) that holds 80% of spend
 */
public record ValueConcentration(int customers, double totalSpend, Quantiles spendQuantiles, Histogram spendHistogram,
                                 double[] lorenzPopulation, double[] lorenzSpend, double gini, double top1PercentShare,
                                 double top10PercentShare, double top20PercentShare, double customersFor80Percent) {

    /** Default number of Lorenz segments (101 points). */
    public static final int LORENZ_SEGMENTS = 100;

    public static ValueConcentration of(double[] spend) {
        return of(spend, LORENZ_SEGMENTS);
    }

    public static ValueConcentration of(double[] spend, int segments) {
        double[] x = Arrays.stream(spend).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int n = x.length;
        double[] cum = new double[n + 1];
        for (int i = 0; i < n; i++) {
            cum[i + 1] = cum[i] + x[i];
        }
        double total = cum[n];
        double[] p = new double[segments + 1];
        double[] l = new double[segments + 1];
        for (int i = 0; i <= segments; i++) {
            p[i] = (double) i / segments;
            l[i] = lorenz(x, cum, p[i]);
        }
        return new ValueConcentration(n, total, Quantiles.of(x, Quantiles.STANDARD), Histogram.log10(x, 4), p, l,
                gini(x, cum), 1 - lorenz(x, cum, 0.99), 1 - lorenz(x, cum, 0.90), 1 - lorenz(x, cum, 0.80),
                customersFor(x, cum, 0.8));
    }

    /** L(p) with customers as slices of width 1/n; NaN when total spend is not positive. */
    static double lorenz(double[] sorted, double[] cum, double p) {
        int n = sorted.length;
        double total = cum[n];
        if (n == 0 || !(total > 0)) {
            return Double.NaN;
        }
        double h = p * n;
        int i = (int) Math.floor(h);
        if (i >= n) {
            return 1;
        }
        return (cum[i] + (h - i) * sorted[i]) / total;
    }

    /** Population Gini of values sorted ascending: (2 Σ i·x₍ᵢ₎) / (n Σ x) − (n + 1) / n, i = 1..n. */
    static double gini(double[] sorted, double[] cum) {
        int n = sorted.length;
        double total = cum[n];
        if (n == 0 || !(total > 0)) {
            return Double.NaN;
        }
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            weighted += (i + 1) * sorted[i];
        }
        return 2 * weighted / (n * total) - (n + 1.0) / n;
    }

    private static double customersFor(double[] sorted, double[] cum, double share) {
        int n = sorted.length;
        double total = cum[n];
        if (n == 0 || !(total > 0)) {
            return Double.NaN;
        }
        for (int m = 1; m <= n; m++) {
            if (total - cum[n - m] >= share * total - 1e-9 * Math.abs(total)) {
                return (double) m / n;
            }
        }
        return 1;
    }
}
