package org.clientele.core.predict;

import java.util.List;

/**
 * How far a customer is from every segment, to flag customers unlike any training customer. The
 * distance to a segment is the root-mean-square of per-feature z-distances to its centroid, each
 * feature scaled by that segment's own standard deviation (a diagonal Mahalanobis distance, divided by
 * √p so it reads like "standard deviations away"); scales are floored at 0.1 of the overall standard
 * deviation so a segment that is constant in one feature does not make every other customer infinitely far.
 * The threshold is a high percentile (99th by default) of training rows' distances to their nearest
 * segment: above it, a customer is out of distribution. Everything is in the transformed space.
 */
public record SegmentDistance(List<String> classNames, double[][] centroids, double[][] scales, double threshold,
                              double percentile) {

    static final double SCALE_FLOOR = 0.1;

    public SegmentDistance {
        classNames = List.copyOf(classNames);
    }

    /** @param rows transformed training rows (z-scores); {@code y} their class indices */
    static SegmentDistance fit(double[][] rows, int[] y, List<String> classNames, double percentile) {
        int k = classNames.size();
        int p = rows.length == 0 ? 0 : rows[0].length;
        double[][] mean = new double[k][p];
        double[][] scale = new double[k][p];
        int[] count = new int[k];
        for (int i = 0; i < rows.length; i++) {
            count[y[i]]++;
            for (int j = 0; j < p; j++) {
                mean[y[i]][j] += rows[i][j];
            }
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < p; j++) {
                mean[c][j] = count[c] == 0 ? Double.NaN : mean[c][j] / count[c];
            }
        }
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < p; j++) {
                double d = rows[i][j] - mean[y[i]][j];
                scale[y[i]][j] += d * d;
            }
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < p; j++) {
                scale[c][j] = Math.max(SCALE_FLOOR, count[c] == 0 ? 1 : Math.sqrt(scale[c][j] / count[c]));
            }
        }
        SegmentDistance unthresholded = new SegmentDistance(classNames, mean, scale, Double.POSITIVE_INFINITY,
                percentile);
        double[] distances = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            distances[i] = unthresholded.nearest(rows[i]);
        }
        return new SegmentDistance(classNames, mean, scale, Stats.quantile(distances, percentile / 100), percentile);
    }

    /** Distance from a transformed row to the nearest segment. */
    public double nearest(double[] row) {
        double best = Double.POSITIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            if (Double.isNaN(centroids[c].length == 0 ? 0 : centroids[c][0])) {
                continue;
            }
            double s = 0;
            for (int j = 0; j < row.length; j++) {
                double z = (row[j] - centroids[c][j]) / scales[c][j];
                s += z * z;
            }
            best = Math.min(best, Math.sqrt(s / Math.max(1, row.length)));
        }
        return best;
    }

    public boolean isOutOfDistribution(double[] row) {
        return nearest(row) > threshold;
    }
}
