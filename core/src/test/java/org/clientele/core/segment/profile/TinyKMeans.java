package org.clientele.core.segment.profile;

import java.util.Random;

/**
 * A small k-means (k-means++ seeding, Lloyd iterations, best of several restarts) on standardised
 * columns, only so tests can produce realistic labels without depending on the segment package.
 */
final class TinyKMeans {

    private TinyKMeans() {
    }

    /** @param columns columns[feature][row], already transformed as the caller wants */
    static int[] labels(double[][] columns, int k, long seed) {
        int d = columns.length;
        int n = columns[0].length;
        double[][] x = new double[n][d];
        for (int f = 0; f < d; f++) {
            double mean = 0;
            for (double v : columns[f]) {
                mean += v / n;
            }
            double ss = 0;
            for (double v : columns[f]) {
                ss += (v - mean) * (v - mean);
            }
            double std = Math.sqrt(ss / n);
            for (int i = 0; i < n; i++) {
                x[i][f] = std > 0 ? (columns[f][i] - mean) / std : 0;
            }
        }
        Random random = new Random(seed);
        int[] best = null;
        double bestInertia = Double.POSITIVE_INFINITY;
        for (int restart = 0; restart < 10; restart++) {
            double[][] c = seed(x, k, random);
            int[] labels = new int[n];
            double inertia = 0;
            for (int iter = 0; iter < 100; iter++) {
                inertia = 0;
                boolean changed = false;
                for (int i = 0; i < n; i++) {
                    int arg = 0;
                    double min = Double.POSITIVE_INFINITY;
                    for (int j = 0; j < k; j++) {
                        double dist = dist(x[i], c[j]);
                        if (dist < min) {
                            min = dist;
                            arg = j;
                        }
                    }
                    changed |= labels[i] != arg || iter == 0;
                    labels[i] = arg;
                    inertia += min;
                }
                if (!changed) {
                    break;
                }
                double[][] sum = new double[k][d];
                int[] count = new int[k];
                for (int i = 0; i < n; i++) {
                    count[labels[i]]++;
                    for (int f = 0; f < d; f++) {
                        sum[labels[i]][f] += x[i][f];
                    }
                }
                for (int j = 0; j < k; j++) {
                    for (int f = 0; f < d && count[j] > 0; f++) {
                        c[j][f] = sum[j][f] / count[j];
                    }
                }
            }
            if (inertia < bestInertia) {
                bestInertia = inertia;
                best = labels.clone();
            }
        }
        return best;
    }

    private static double[][] seed(double[][] x, int k, Random random) {
        int n = x.length;
        double[][] c = new double[k][];
        c[0] = x[random.nextInt(n)].clone();
        double[] d2 = new double[n];
        for (int j = 1; j < k; j++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                double min = Double.POSITIVE_INFINITY;
                for (int m = 0; m < j; m++) {
                    min = Math.min(min, dist(x[i], c[m]));
                }
                d2[i] = min;
                total += min;
            }
            double r = random.nextDouble() * total;
            int pick = 0;
            for (double acc = d2[0]; acc < r && pick < n - 1; acc += d2[++pick]) {
                // walk to the chosen point
            }
            c[j] = x[pick].clone();
        }
        return c;
    }

    private static double dist(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return s;
    }
}
