package org.clientele.core.segment;

/**
 * Elbow of a decreasing convex curve (e.g. inertia against k) by Kneedle (Satopää, Albrecht, Irwin
 * &amp; Raghavan 2011, "Finding a 'Kneedle' in a haystack"): normalise both axes to [0, 1], take the
 * difference curve (1 - y) - x, and report the first local maximum after which the difference falls
 * below its threshold (sensitivity S = 1), as the kneed package does offline.
 */
public final class Kneedle {

    private Kneedle() {
    }

    /**
     * @return the x of the elbow, or NaN when the curve has fewer than 3 points or no elbow
     *         (e.g. a straight line)
     */
    public static double elbow(double[] x, double[] y) {
        int n = x.length;
        if (n < 3 || y.length != n) {
            return Double.NaN;
        }
        double xMin = x[0];
        double xMax = x[n - 1];
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            yMin = Math.min(yMin, v);
            yMax = Math.max(yMax, v);
        }
        if (xMax == xMin || yMax == yMin) {
            return Double.NaN;
        }
        double[] xn = new double[n];
        double[] diff = new double[n];
        for (int i = 0; i < n; i++) {
            xn[i] = (x[i] - xMin) / (xMax - xMin);
            diff[i] = (1 - (y[i] - yMin) / (yMax - yMin)) - xn[i];
        }
        double meanStep = (xn[n - 1] - xn[0]) / (n - 1);
        for (int i = 1; i < n - 1; i++) {
            boolean localMax = diff[i] >= diff[i - 1] && diff[i] > diff[i + 1];
            if (!localMax) {
                continue;
            }
            double threshold = diff[i] - meanStep;
            for (int j = i + 1; j < n; j++) {
                if (diff[j] > diff[i]) {
                    break;
                }
                if (diff[j] < threshold) {
                    return x[i];
                }
            }
        }
        return Double.NaN;
    }
}
