package org.clientele.core.segment;

/** Cluster means (flat k x d) and sizes of a labelling; rows labelled -1 are ignored. */
record Centroids(double[] centers, int[] sizes, int k) {

    static Centroids of(Points p, int[] labels) {
        int k = 0;
        for (int l : labels) {
            k = Math.max(k, l + 1);
        }
        return of(p, labels, k);
    }

    static Centroids of(Points p, int[] labels, int k) {
        double[] c = new double[k * p.d];
        int[] sizes = new int[k];
        for (int i = 0; i < p.n; i++) {
            int l = labels[i];
            if (l < 0) {
                continue;
            }
            sizes[l]++;
            for (int j = 0; j < p.d; j++) {
                c[l * p.d + j] += p.x[i * p.d + j];
            }
        }
        for (int l = 0; l < k; l++) {
            for (int j = 0; j < p.d && sizes[l] > 0; j++) {
                c[l * p.d + j] /= sizes[l];
            }
        }
        return new Centroids(c, sizes, k);
    }

    double[][] asRows(int d) {
        double[][] out = new double[k][d];
        for (int l = 0; l < k; l++) {
            System.arraycopy(centers, l * d, out[l], 0, d);
        }
        return out;
    }
}
