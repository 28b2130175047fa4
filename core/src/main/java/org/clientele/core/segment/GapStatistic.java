package org.clientele.core.segment;

import org.clientele.core.task.Progress;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Gap statistic (Tibshirani, Walther &amp; Hastie 2001, "Estimating the number of clusters in a data
 * set via the gap statistic", JRSS B 63:411-423): Gap(k) = E*[log W_k] - log W_k, with W_k the pooled
 * within-cluster sum of squares and E* the mean over B reference sets drawn uniformly over the box
 * aligned with the data's principal components (their reference "b"); s_k = sd(log W*_k) sqrt(1 + 1/B).
 * The chosen k is the smallest with Gap(k) >= Gap(k+1) - s_(k+1). Reference sets are clustered by
 * k-means, the clustering of the paper, whatever algorithm produced the data's partitions.
 */
final class GapStatistic {

    /** Reference sets, as in the paper's examples. */
    static final int REFERENCES = 10;
    /**
     * Above this many rows the gap is computed on a seeded sample: the statistic compares shapes, and
     * k-means on structureless reference sets is the slowest step of choosing k (it converges slowly).
     */
    static final int ROW_LIMIT = 2_000;
    /** k-means restarts per reference fit: the references have no structure to miss. */
    static final int REFERENCE_RESTARTS = 2;

    /** Gap and its standard error per k, in the order of {@code ks}. */
    record Result(int[] ks, double[] gap, double[] se) {

        /** Tibshirani's rule over the ks computed; the k of the largest gap when no k satisfies it. */
        int choose() {
            for (int i = 0; i + 1 < ks.length; i++) {
                if (gap[i] >= gap[i + 1] - se[i + 1]) {
                    return ks[i];
                }
            }
            int best = 0;
            for (int i = 1; i < ks.length; i++) {
                if (gap[i] > gap[best]) {
                    best = i;
                }
            }
            return ks[best];
        }
    }

    private GapStatistic() {
    }

    /**
     * @param p          the clustered rows
     * @param partitions the data's partition for every k to score (labels of {@code p}, -1 ignored)
     */
    static Result compute(Points p, List<Partition> partitions, int references, long seed, Progress progress) {
        int[] sample = p.n > ROW_LIMIT ? Points.sample(p.n, ROW_LIMIT, seed ^ 0x6A9L) : null;
        Points rows = sample == null ? p : p.subset(sample);
        int kCount = partitions.size();
        int[] ks = new int[kCount];
        double[] logW = new double[kCount];
        for (int i = 0; i < kCount; i++) {
            Partition part = partitions.get(i);
            ks[i] = part.k();
            int[] labels = sample == null ? part.labels() : pick(part.labels(), sample);
            logW[i] = Math.log(withinSumOfSquares(rows, labels, part.k()));
        }
        Points rotated = principalAxes(rows);
        double[] lo = new double[rotated.d];
        double[] hi = new double[rotated.d];
        java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < rotated.n; i++) {
            for (int j = 0; j < rotated.d; j++) {
                double v = rotated.x[i * rotated.d + j];
                lo[j] = Math.min(lo[j], v);
                hi[j] = Math.max(hi[j], v);
            }
        }
        double[][] refLogW = new double[kCount][references];
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x9A9L);
        for (int b = 0; b < references; b++) {
            progress.checkCancelled();
            double[] flat = new double[rotated.n * rotated.d];
            for (int i = 0; i < rotated.n; i++) {
                for (int j = 0; j < rotated.d; j++) {
                    flat[i * rotated.d + j] = lo[j] + rnd.nextDouble() * (hi[j] - lo[j]);
                }
            }
            Points ref = new Points(flat, rotated.n, rotated.d);
            long fitSeed = rnd.nextLong();
            for (int i = 0; i < kCount; i++) {
                LloydKMeans.Fit f = LloydKMeans.fit(ref, ks[i], REFERENCE_RESTARTS, fitSeed, Progress.NONE);
                refLogW[i][b] = Math.log(f.inertia());
            }
            progress.update((b + 1.0) / references, "gap statistic: reference set " + (b + 1) + " of " + references);
        }
        double[] gap = new double[kCount];
        double[] se = new double[kCount];
        for (int i = 0; i < kCount; i++) {
            double mean = 0;
            for (double v : refLogW[i]) {
                mean += v;
            }
            mean /= references;
            double ss = 0;
            for (double v : refLogW[i]) {
                ss += (v - mean) * (v - mean);
            }
            gap[i] = mean - logW[i];
            se[i] = Math.sqrt(ss / references) * Math.sqrt(1 + 1.0 / references);
        }
        return new Result(ks, gap, se);
    }

    static double withinSumOfSquares(Points p, int[] labels, int k) {
        Centroids c = Centroids.of(p, labels, k);
        double w = 0;
        for (int i = 0; i < p.n; i++) {
            if (labels[i] >= 0) {
                w += p.dist2(i, c.centers(), labels[i]);
            }
        }
        return w;
    }

    /** The rows rotated onto their principal axes (distances, hence W_k, are unchanged by the rotation). */
    private static Points principalAxes(Points p) {
        double[][] rows = new double[p.n][];
        for (int i = 0; i < p.n; i++) {
            rows[i] = p.row(i);
        }
        if (p.n < 2 || p.d < 2) {
            return p;
        }
        Pca.Result pca = Pca.fit(rows, p.d);
        double[][] coords = pca.coordinates();
        if (coords[0].length < p.d) {
            return p;
        }
        return Points.of(coords);
    }

    private static int[] pick(int[] labels, int[] idx) {
        int[] out = new int[idx.length];
        for (int j = 0; j < idx.length; j++) {
            out[j] = labels[idx[j]];
        }
        return out;
    }
}
