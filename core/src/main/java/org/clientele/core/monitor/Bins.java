package org.clientele.core.monitor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bins one variable is compared in, fixed on the training rows: up to ten quantile bins for a number
 * (right-closed, edges at the training deciles, repeated edges merged) or one bin per frequent level for a
 * category (rarer levels pooled as "other"); missing values always get a bin of their own, last.
 *
 * @param edges    for a number, the upper edges of all bins but the last; null for a category
 * @param levels   for a category, the levels with their own bin; null for a number
 * @param expected the training share of each bin, missing last; sums to 1
 */
public record Bins(String name, double[] edges, List<String> levels, double[] expected) {

    static final int QUANTILE_BINS = 10;
    static final int MAX_LEVELS = 12;
    static final String OTHER = "other";

    public boolean numeric() {
        return edges != null;
    }

    /** Ten training-decile bins of a numeric variable (NaN = missing). */
    public static Bins numeric(String name, double[] training) {
        double[] present = Arrays.stream(training).filter(v -> !Double.isNaN(v)).sorted().toArray();
        List<Double> edges = new ArrayList<>();
        for (int q = 1; q < QUANTILE_BINS && present.length > 0; q++) {
            double edge = quantile(present, q / (double) QUANTILE_BINS);
            if (edges.isEmpty() || edge > edges.get(edges.size() - 1)) {
                edges.add(edge);
            }
        }
        if (!edges.isEmpty() && edges.get(edges.size() - 1) >= present[present.length - 1]) {
            edges.remove(edges.size() - 1); // an edge at the maximum would leave its upper bin empty in training
        }
        double[] e = edges.stream().mapToDouble(Double::doubleValue).toArray();
        Bins shape = new Bins(name, e, null, new double[e.length + 2]);
        return new Bins(name, e, null, shape.shares(training));
    }

    /** One bin per level holding at least 1 % of the training rows (at most twelve), the rest pooled. */
    public static Bins categorical(String name, String[] training) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int present = 0;
        for (String v : training) {
            if (v != null) {
                counts.merge(v, 1, Integer::sum);
                present++;
            }
        }
        int minCount = Math.max(1, (int) Math.ceil(0.01 * present));
        List<String> levels = counts.entrySet().stream().filter(e -> e.getValue() >= minCount)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(MAX_LEVELS)
                .map(Map.Entry::getKey).toList();
        Bins shape = new Bins(name, null, levels, new double[levels.size() + 2]);
        return new Bins(name, null, levels, shape.shares(training));
    }

    /** Bin labels in the order of {@link #expected}, for reports and charts. */
    public List<String> labels() {
        List<String> out = new ArrayList<>();
        if (numeric()) {
            for (int b = 0; b <= edges.length; b++) {
                out.add(b == 0 ? (edges.length == 0 ? "all values" : "≤ " + fmt(edges[0]))
                        : b == edges.length ? "> " + fmt(edges[b - 1])
                        : fmt(edges[b - 1]) + " – " + fmt(edges[b]));
            }
        } else {
            out.addAll(levels);
            out.add(OTHER);
        }
        out.add("missing");
        return out;
    }

    /** Share of numeric values in each bin, missing last. */
    public double[] shares(double[] values) {
        double[] counts = new double[edges.length + 2];
        for (double v : values) {
            counts[Double.isNaN(v) ? edges.length + 1 : bin(v)]++;
        }
        return normalise(counts, values.length);
    }

    /** Share of category values in each bin (unseen levels count as "other"), missing last. */
    public double[] shares(String[] values) {
        double[] counts = new double[levels.size() + 2];
        for (String v : values) {
            int i = v == null ? levels.size() + 1 : levels.indexOf(v);
            counts[i < 0 ? levels.size() : i]++;
        }
        return normalise(counts, values.length);
    }

    private int bin(double v) {
        int lo = 0;
        while (lo < edges.length && v > edges[lo]) {
            lo++;
        }
        return lo;
    }

    private static double[] normalise(double[] counts, int n) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] = n == 0 ? 0 : counts[i] / n;
        }
        return counts;
    }

    /** The smallest value with at least a share p of the values at or below it (inverted CDF), so edges are data values. */
    static double quantile(double[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.format("%,d", (long) v) : String.format("%,.3g", v);
    }
}
