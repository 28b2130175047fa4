package org.clientele.core.segment;

/**
 * Cluster validity indices with scikit-learn's definitions (sklearn.metrics 1.2). Rows labelled -1
 * (outliers) are left out. Labels must be 0..k-1 otherwise; k is the largest label + 1.
 */
public final class ClusterIndices {

    private ClusterIndices() {
    }

    /** Sum of squared distances from each row to its cluster's centroid (scikit-learn's inertia). */
    public static double inertia(double[][] x, int[] labels) {
        Points p = Points.of(x);
        Centroids c = Centroids.of(p, labels);
        return inertia(p, labels, c.centers());
    }

    /** Mean silhouette over all rows (exact); 0 for rows in singleton clusters (Rousseeuw 1987). */
    public static double silhouette(double[][] x, int[] labels) {
        return Silhouette.mean(Points.of(x), labels, 1);
    }

    /**
     * Davies–Bouldin (1979): mean over clusters of max_j (s_i + s_j) / |c_i - c_j|, s_i = mean distance
     * of a cluster's rows to its centroid. Lower is better.
     */
    public static double daviesBouldin(double[][] x, int[] labels) {
        Points p = Points.of(x);
        return daviesBouldin(p, labels, Centroids.of(p, labels));
    }

    /** Calinski–Harabasz (1974): [B / (k - 1)] / [W / (n - k)]. Higher is better. */
    public static double calinskiHarabasz(double[][] x, int[] labels) {
        Points p = Points.of(x);
        return calinskiHarabasz(p, labels, Centroids.of(p, labels));
    }

    static double inertia(Points p, int[] labels, double[] centers) {
        double s = 0;
        for (int i = 0; i < p.n; i++) {
            if (labels[i] >= 0) {
                s += p.dist2(i, centers, labels[i]);
            }
        }
        return s;
    }

    static double daviesBouldin(Points p, int[] labels, Centroids c) {
        int k = c.k();
        if (k < 2) {
            return Double.NaN;
        }
        double[] scatter = new double[k];
        for (int i = 0; i < p.n; i++) {
            if (labels[i] >= 0) {
                scatter[labels[i]] += Math.sqrt(p.dist2(i, c.centers(), labels[i]));
            }
        }
        boolean anyScatter = false;
        for (int j = 0; j < k; j++) {
            scatter[j] = c.sizes()[j] == 0 ? 0 : scatter[j] / c.sizes()[j];
            anyScatter |= scatter[j] > 0;
        }
        if (!anyScatter) {
            return 0;
        }
        double sum = 0;
        for (int a = 0; a < k; a++) {
            double worst = 0;
            for (int b = 0; b < k; b++) {
                if (a != b) {
                    double dist = Math.sqrt(centerDist2(c.centers(), a, b, p.d));
                    // scikit-learn sets coinciding centroids' distance to infinity: ratio 0
                    double ratio = dist == 0 ? 0 : (scatter[a] + scatter[b]) / dist;
                    worst = Math.max(worst, ratio);
                }
            }
            sum += worst;
        }
        return sum / k;
    }

    static double calinskiHarabasz(Points p, int[] labels, Centroids c) {
        int k = c.k();
        int n = 0;
        double[] mean = new double[p.d];
        for (int i = 0; i < p.n; i++) {
            if (labels[i] >= 0) {
                n++;
                for (int j = 0; j < p.d; j++) {
                    mean[j] += p.x[i * p.d + j];
                }
            }
        }
        if (k < 2 || n <= k) {
            return Double.NaN;
        }
        for (int j = 0; j < p.d; j++) {
            mean[j] /= n;
        }
        double between = 0;
        for (int a = 0; a < k; a++) {
            double s = 0;
            for (int j = 0; j < p.d; j++) {
                double t = c.centers()[a * p.d + j] - mean[j];
                s += t * t;
            }
            between += c.sizes()[a] * s;
        }
        double within = inertia(p, labels, c.centers());
        // scikit-learn returns 1.0 when every row sits on its centroid
        return within == 0 ? 1.0 : between * (n - k) / (within * (k - 1));
    }

    static double centerDist2(double[] centers, int a, int b, int d) {
        double s = 0;
        for (int j = 0; j < d; j++) {
            double t = centers[a * d + j] - centers[b * d + j];
            s += t * t;
        }
        return s;
    }
}
