package org.clientele.core.segment;

import java.util.SplittableRandom;

/**
 * Rows of a dense matrix in one flat row-major array: the inner loops of clustering and of the
 * indices run over primitive arrays without a pointer hop per row.
 */
final class Points {

    final double[] x;
    final int n;
    final int d;

    Points(double[] x, int n, int d) {
        if (x.length != (long) n * d) {
            throw new IllegalArgumentException("expected " + n + "x" + d + " values, got " + x.length);
        }
        this.x = x;
        this.n = n;
        this.d = d;
    }

    static Points of(double[][] rows) {
        int n = rows.length;
        int d = n == 0 ? 0 : rows[0].length;
        double[] flat = new double[n * d];
        for (int i = 0; i < n; i++) {
            if (rows[i].length != d) {
                throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " values, expected " + d);
            }
            System.arraycopy(rows[i], 0, flat, i * d, d);
        }
        return new Points(flat, n, d);
    }

    double[] row(int i) {
        double[] r = new double[d];
        System.arraycopy(x, i * d, r, 0, d);
        return r;
    }

    /** The rows at {@code idx}, in that order. */
    Points subset(int[] idx) {
        double[] flat = new double[idx.length * d];
        for (int j = 0; j < idx.length; j++) {
            System.arraycopy(x, idx[j] * d, flat, j * d, d);
        }
        return new Points(flat, idx.length, d);
    }

    /** Squared Euclidean distance between row i and row {@code c} of a flat k x d matrix. */
    double dist2(int i, double[] centers, int c) {
        int a = i * d;
        int b = c * d;
        double s = 0;
        for (int j = 0; j < d; j++) {
            double t = x[a + j] - centers[b + j];
            s += t * t;
        }
        return s;
    }

    /** Squared Euclidean distance between rows i and j. */
    double dist2(int i, int j) {
        return dist2(i, x, j);
    }

    /** A seeded sample of {@code m} distinct row indices (partial Fisher–Yates), or all rows if m >= n. */
    static int[] sample(int n, int m, long seed) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        if (m >= n) {
            return idx;
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < m; i++) {
            int j = i + rnd.nextInt(n - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        int[] out = new int[m];
        System.arraycopy(idx, 0, out, 0, m);
        java.util.Arrays.sort(out);
        return out;
    }
}
