package org.clientele.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The points of a segment map (the first two principal components), grouped by segment, with at most
 * {@code maxPoints} drawn: above that a seeded random sample of rows, the same for the same seed.
 *
 * @param groups       one group per segment in label order, outliers (label -1) last; empty groups left out
 * @param drawn        rows drawn in total
 * @param total        rows of the segmentation
 * @param varianceRatio share of variance of PC1 and PC2 (0 where a component is missing)
 */
public record SegmentMap(List<Group> groups, int drawn, int total, double[] varianceRatio) {

    /** One segment's points: {@code rows[i]} is the row (index into the report's rows) drawn at (x[i], y[i]). */
    public record Group(int label, String name, double[] x, double[] y, int[] rows) {

        public int size() {
            return rows.length;
        }
    }

    public boolean sampled() {
        return drawn < total;
    }

    /** Rows whose drawn point lies in the rectangle (inclusive), in row order. */
    public int[] rowsWithin(double xMin, double xMax, double yMin, double yMax) {
        double x0 = Math.min(xMin, xMax);
        double x1 = Math.max(xMin, xMax);
        double y0 = Math.min(yMin, yMax);
        double y1 = Math.max(yMin, yMax);
        List<Integer> out = new ArrayList<>();
        for (Group g : groups) {
            for (int i = 0; i < g.rows.length; i++) {
                if (g.x[i] >= x0 && g.x[i] <= x1 && g.y[i] >= y0 && g.y[i] <= y1) {
                    out.add(g.rows[i]);
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** The map of a report, or null when it has no principal components. */
    public static SegmentMap of(SegmentationReport report, int maxPoints, long seed) {
        var r = report.result();
        if (r.pca() == null) {
            return null;
        }
        double[] ratio = r.pca().explainedVarianceRatio();
        double[] two = {ratio.length > 0 ? ratio[0] : 0, ratio.length > 1 ? ratio[1] : 0};
        return of(report, r.pca().coordinates(), two, maxPoints, seed);
    }

    /**
     * The map of a report on other coordinates, e.g. an autoencoder's bottleneck.
     *
     * @param coordinates per row of the report, x in column 0 and y in column 1 (0 when there is none)
     * @param axisShares  what each axis accounts for (variance ratio for PCA; NaN where nothing comparable exists)
     */
    public static SegmentMap of(SegmentationReport report, double[][] coordinates, double[] axisShares, int maxPoints,
                                long seed) {
        var r = report.result();
        double[][] pc = coordinates;
        int n = pc.length;
        int[] rows = sample(n, maxPoints, seed);
        int[] labels = r.labels();
        int k = r.k();
        int[] counts = new int[k + 1];
        for (int row : rows) {
            counts[slot(labels[row], k)]++;
        }
        double[][] xs = new double[k + 1][];
        double[][] ys = new double[k + 1][];
        int[][] rs = new int[k + 1][];
        for (int s = 0; s <= k; s++) {
            xs[s] = new double[counts[s]];
            ys[s] = new double[counts[s]];
            rs[s] = new int[counts[s]];
        }
        int[] fill = new int[k + 1];
        for (int row : rows) {
            int s = slot(labels[row], k);
            int i = fill[s]++;
            xs[s][i] = pc[row][0];
            ys[s][i] = pc[row].length > 1 ? pc[row][1] : 0;
            rs[s][i] = row;
        }
        List<Group> groups = new ArrayList<>();
        for (int s = 0; s <= k; s++) {
            if (counts[s] > 0) {
                int label = s == k ? -1 : s;
                groups.add(new Group(label, report.segmentName(label), xs[s], ys[s], rs[s]));
            }
        }
        return new SegmentMap(List.copyOf(groups), rows.length, n, axisShares.clone());
    }

    private static int slot(int label, int k) {
        return label < 0 ? k : label;
    }

    /** All rows when n <= max, else max distinct rows chosen by a seeded partial shuffle, in row order. */
    static int[] sample(int n, int max, long seed) {
        if (n <= max) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int[] idx = new int[n];
        Arrays.setAll(idx, i -> i);
        Random random = new Random(seed);
        for (int i = 0; i < max; i++) {
            int j = i + random.nextInt(n - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        int[] out = Arrays.copyOf(idx, max);
        Arrays.sort(out);
        return out;
    }
}
