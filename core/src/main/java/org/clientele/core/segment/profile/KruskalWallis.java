package org.clientele.core.segment.profile;

import org.apache.commons.math3.special.Gamma;

import java.util.Arrays;

/**
 * Kruskal–Wallis rank test with the tie correction (Kruskal, W. H. &amp; Wallis, W. A. 1952,
 * "Use of ranks in one-criterion variance analysis", JASA 47(260):583–621), the same statistic as
 * {@code scipy.stats.kruskal}. NaN values are ignored; empty groups are skipped.
 */
public final class KruskalWallis {

    private KruskalWallis() {
    }

    /**
     * @return H, its chi-square p-value with (groups − 1) degrees of freedom, and epsilon² = H / (n − 1)
     *         (Tomczak &amp; Tomczak 2014); all NaN when fewer than two non-empty groups or all values tie
     */
    public static KruskalWallisResult test(double[]... groups) {
        double[][] clean = Arrays.stream(groups)
                .map(g -> Arrays.stream(g).filter(v -> !Double.isNaN(v)).toArray())
                .filter(g -> g.length > 0)
                .toArray(double[][]::new);
        int k = clean.length;
        int n = Arrays.stream(clean).mapToInt(g -> g.length).sum();
        if (k < 2 || n < 3) {
            return new KruskalWallisResult(Double.NaN, Math.max(0, k - 1), Double.NaN, Double.NaN);
        }
        double[] values = new double[n];
        int[] group = new int[n];
        int at = 0;
        for (int g = 0; g < k; g++) {
            for (double v : clean[g]) {
                values[at] = v;
                group[at++] = g;
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));

        double[] rankSum = new double[k];
        double tieTerm = 0; // sum over tie groups of (t³ − t)
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1; // ranks are 1-based
            for (int t = i; t <= j; t++) {
                rankSum[group[order[t]]] += midRank;
            }
            double t = j - i + 1;
            tieTerm += t * t * t - t;
            i = j + 1;
        }
        double sum = 0;
        for (int g = 0; g < k; g++) {
            sum += rankSum[g] * rankSum[g] / clean[g].length;
        }
        double h = 12.0 / (n * (n + 1.0)) * sum - 3.0 * (n + 1);
        double correction = 1 - tieTerm / ((double) n * n * n - n);
        if (correction <= 0) {
            return new KruskalWallisResult(Double.NaN, k - 1, Double.NaN, Double.NaN);
        }
        h /= correction;
        // the upper tail directly, so tiny p-values keep their precision (1 − cdf would round to 0)
        double p = Gamma.regularizedGammaQ((k - 1) / 2.0, h / 2.0);
        return new KruskalWallisResult(h, k - 1, p, h / (n - 1));
    }
}
