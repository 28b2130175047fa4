package org.clientele.core.segment;

/** Nearest-centroid assignment and the margin-based confidence of it. */
final class Assign {

    private Assign() {
    }

    static int[] nearest(Points p, double[] centers, int k) {
        int[] labels = new int[p.n];
        for (int i = 0; i < p.n; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double dd = p.dist2(i, centers, c);
                if (dd < best) {
                    best = dd;
                    labels[i] = c;
                }
            }
        }
        return labels;
    }

    /**
     * Confidence of a hard assignment: 1 - d1 / d2, with d1 the distance to the own centroid and d2
     * to the nearest other one. 1 at the own centroid, 0 on the boundary (or closer to another
     * centroid, possible for Ward and HDBSCAN labels); 0 for outliers (-1); 1 when k = 1.
     */
    static double[] marginConfidence(Points p, int[] labels, double[] centers, int k) {
        double[] conf = new double[p.n];
        for (int i = 0; i < p.n; i++) {
            int own = labels[i];
            if (own < 0) {
                continue;
            }
            double d1 = Math.sqrt(p.dist2(i, centers, own));
            double d2 = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own) {
                    d2 = Math.min(d2, p.dist2(i, centers, c));
                }
            }
            d2 = Math.sqrt(d2);
            conf[i] = d2 == Double.POSITIVE_INFINITY ? 1 : d2 == 0 ? 0 : Math.max(0, 1 - d1 / d2);
        }
        return conf;
    }
}
