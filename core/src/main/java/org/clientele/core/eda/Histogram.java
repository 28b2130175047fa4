package org.clientele.core.eda;

import java.util.Arrays;

/**
 * Counts of values per bin, ready to draw: bin i covers [edges[i], edges[i+1]) and the last bin also
 * holds its upper edge. {@code logScale} says the edges are equally spaced in log10 (for skewed,
 * positive values); {@code excluded} counts values left out (NaN, or ≤ 0 on a log scale).
 */
public record Histogram(double[] edges, long[] counts, boolean logScale, long excluded) {

    /** Equal-width bins between the smallest and the largest finite value. */
    public static Histogram linear(double[] values, int bins) {
        double[] v = Arrays.stream(values).filter(Double::isFinite).toArray();
        long excluded = values.length - v.length;
        if (v.length == 0) {
            return new Histogram(new double[0], new long[0], false, excluded);
        }
        double lo = Arrays.stream(v).min().getAsDouble();
        double hi = Arrays.stream(v).max().getAsDouble();
        if (hi == lo) {
            return new Histogram(new double[] {lo, hi}, new long[] {v.length}, false, excluded);
        }
        double[] edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            edges[i] = lo + (hi - lo) * i / bins;
        }
        return new Histogram(edges, count(v, edges), false, excluded);
    }

    /**
     * One bin per integer, edges half-way between them: for whole-number features with a small range
     * (counts, ages), where equal-width bins would straddle integers and alias. Null when the values are
     * not all whole numbers or span more than {@code maxBins} integers.
     */
    public static Histogram integers(double[] values, int maxBins) {
        double[] v = Arrays.stream(values).filter(Double::isFinite).toArray();
        if (v.length == 0 || Arrays.stream(v).anyMatch(x -> x != Math.rint(x))) {
            return null;
        }
        double lo = Arrays.stream(v).min().getAsDouble();
        double hi = Arrays.stream(v).max().getAsDouble();
        int bins = (int) (hi - lo) + 1;
        if (bins > maxBins) {
            return null;
        }
        double[] edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            edges[i] = lo - 0.5 + i;
        }
        return new Histogram(edges, count(v, edges), false, values.length - v.length);
    }

    /** Bins of {@code perDecade} per power of ten, from the decade fraction below the smallest positive value. */
    public static Histogram log10(double[] values, int perDecade) {
        double[] v = Arrays.stream(values).filter(x -> Double.isFinite(x) && x > 0).toArray();
        long excluded = values.length - v.length;
        if (v.length == 0) {
            return new Histogram(new double[0], new long[0], true, excluded);
        }
        double lo = Math.floor(Math.log10(Arrays.stream(v).min().getAsDouble()) * perDecade);
        double hi = Math.ceil(Math.log10(Arrays.stream(v).max().getAsDouble()) * perDecade);
        if (hi <= lo) {
            hi = lo + 1;
        }
        int bins = (int) (hi - lo);
        double[] edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            edges[i] = Math.pow(10, (lo + i) / perDecade);
        }
        return new Histogram(edges, count(v, edges), true, excluded);
    }

    static long[] count(double[] v, double[] edges) {
        long[] counts = new long[edges.length - 1];
        for (double x : v) {
            int i = Arrays.binarySearch(edges, x);
            int bin = i >= 0 ? i : -i - 2;
            counts[Math.max(0, Math.min(counts.length - 1, bin))]++;
        }
        return counts;
    }
}
