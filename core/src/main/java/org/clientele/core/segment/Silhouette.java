package org.clientele.core.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Silhouette (Rousseeuw 1987) as scikit-learn computes it: s = (b - a) / max(a, b), a = mean distance
 * to the other rows of the own cluster, b = smallest mean distance to another cluster; s = 0 in a
 * singleton cluster. Exact in O(n^2 d): each pair is visited once and its distance added to both
 * rows' per-cluster sums; threads take interleaved rows so the triangular work stays balanced.
 */
final class Silhouette {

    /** Rows up to which the silhouette is exact; beyond, a seeded sample of this size is used. */
    static final int EXACT_LIMIT = 10_000;

    private Silhouette() {
    }

    /** Result of {@link #score}: the value and, when sampled, the sample size. */
    record Score(double value, boolean sampled, int sampleSize) {
    }

    /** Exact up to {@code limit} non-outlier rows, else on a seeded sample of {@code limit} rows. */
    static Score score(Points p, int[] labels, int limit, long seed, int threads) {
        int[] kept = nonOutliers(labels);
        Points q = kept.length == p.n ? p : p.subset(kept);
        int[] l = kept.length == p.n ? labels : pick(labels, kept);
        if (q.n <= limit) {
            return new Score(mean(q, l, threads), false, q.n);
        }
        int[] idx = Points.sample(q.n, limit, seed);
        return new Score(mean(q.subset(idx), pick(l, idx), threads), true, limit);
    }

    /** Mean silhouette of all rows (labels 0..k-1, -1 rows skipped); NaN unless 2 <= clusters < rows. */
    static double mean(Points p, int[] labels, int threads) {
        int[] kept = nonOutliers(labels);
        if (kept.length != p.n) {
            return mean(p.subset(kept), pick(labels, kept), threads);
        }
        int n = p.n;
        int k = 0;
        for (int l : labels) {
            k = Math.max(k, l + 1);
        }
        int[] sizes = new int[k];
        for (int l : labels) {
            sizes[l]++;
        }
        int nonEmpty = 0;
        for (int s : sizes) {
            nonEmpty += s > 0 ? 1 : 0;
        }
        if (nonEmpty < 2 || nonEmpty >= n) {
            return Double.NaN;
        }
        double[] sums = distanceSums(p, labels, k, Math.max(1, threads));
        double total = 0;
        for (int i = 0; i < n; i++) {
            int own = labels[i];
            if (sizes[own] <= 1) {
                continue;
            }
            double a = sums[i * k + own] / (sizes[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && sizes[c] > 0) {
                    b = Math.min(b, sums[i * k + c] / sizes[c]);
                }
            }
            double m = Math.max(a, b);
            total += m == 0 ? 0 : (b - a) / m;
        }
        return total / n;
    }

    /** sums[i * k + c] = sum of distances from row i to the rows of cluster c. */
    private static double[] distanceSums(Points p, int[] labels, int k, int threads) {
        if (threads == 1 || p.n < 2_000) {
            double[] acc = new double[p.n * k];
            accumulate(p, labels, k, 0, 1, acc);
            return acc;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "silhouette");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<double[]>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int start = t;
                parts.add(pool.submit(() -> {
                    double[] acc = new double[p.n * k];
                    accumulate(p, labels, k, start, threads, acc);
                    return acc;
                }));
            }
            double[] total = parts.get(0).get();
            for (int t = 1; t < threads; t++) {
                double[] part = parts.get(t).get();
                for (int i = 0; i < total.length; i++) {
                    total[i] += part[i];
                }
            }
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void accumulate(Points p, int[] labels, int k, int start, int step, double[] acc) {
        double[] x = p.x;
        int d = p.d;
        int n = p.n;
        for (int i = start; i < n; i += step) {
            int li = labels[i];
            int bi = i * d;
            double[] own = new double[k];
            for (int j = i + 1; j < n; j++) {
                int bj = j * d;
                double s = 0;
                for (int f = 0; f < d; f++) {
                    double t = x[bi + f] - x[bj + f];
                    s += t * t;
                }
                double dist = Math.sqrt(s);
                own[labels[j]] += dist;
                acc[j * k + li] += dist;
            }
            for (int c = 0; c < k; c++) {
                acc[i * k + c] += own[c];
            }
        }
    }

    private static int[] nonOutliers(int[] labels) {
        int m = 0;
        for (int l : labels) {
            m += l >= 0 ? 1 : 0;
        }
        int[] idx = new int[m];
        for (int i = 0, j = 0; i < labels.length; i++) {
            if (labels[i] >= 0) {
                idx[j++] = i;
            }
        }
        return idx;
    }

    static int[] pick(int[] labels, int[] idx) {
        int[] out = new int[idx.length];
        for (int j = 0; j < idx.length; j++) {
            out[j] = labels[idx[j]];
        }
        return out;
    }
}
