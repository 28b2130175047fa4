package org.clientele.core.neural;

import java.util.SplittableRandom;

/**
 * The customer's segment membership as extra network inputs: a Gaussian mixture with diagonal covariances
 * fitted by expectation–maximisation (Dempster, Laird &amp; Rubin 1977) on the training rows' numeric inputs,
 * whose membership probabilities are appended to every row. Started from k seeded distinct rows, a variance
 * floor of 1e-3 per dimension (inputs are z-scored), at most 100 iterations, stop when the mean
 * log-likelihood gains less than 1e-5.
 *
 * @param weights   mixing proportions
 * @param means     {@code means[component][column]}
 * @param variances {@code variances[component][column]}
 */
public record SegmentMemberships(double[] weights, double[][] means, double[][] variances) {

    static final double VARIANCE_FLOOR = 1e-3;
    static final int MAX_ITERATIONS = 100;
    static final double TOLERANCE = 1e-5;

    public int components() {
        return weights.length;
    }

    /** A mixture of {@code k} components fitted on {@code x}. */
    public static SegmentMemberships fit(float[][] x, int k, long seed) {
        int n = x.length;
        int d = x[0].length;
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] start = rnd.ints(0, n).distinct().limit(Math.min(k, n)).toArray();
        k = start.length;
        double[][] means = new double[k][d];
        double[][] vars = new double[k][d];
        double[] weights = new double[k];
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                means[c][j] = x[start[c]][j];
                vars[c][j] = 1;
            }
            weights[c] = 1.0 / k;
        }
        SegmentMemberships model = new SegmentMemberships(weights, means, vars);
        double previous = Double.NEGATIVE_INFINITY;
        double[][] resp = new double[n][k];
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double ll = model.responsibilities(x, resp) / n;
            double[] nk = new double[k];
            double[][] m = new double[k][d];
            double[][] v = new double[k][d];
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < k; c++) {
                    nk[c] += resp[i][c];
                    for (int j = 0; j < d; j++) {
                        m[c][j] += resp[i][c] * x[i][j];
                    }
                }
            }
            for (int c = 0; c < k; c++) {
                for (int j = 0; j < d; j++) {
                    m[c][j] /= Math.max(nk[c], 1e-10);
                }
            }
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < k; c++) {
                    for (int j = 0; j < d; j++) {
                        double e = x[i][j] - m[c][j];
                        v[c][j] += resp[i][c] * e * e;
                    }
                }
            }
            double[] w = new double[k];
            for (int c = 0; c < k; c++) {
                w[c] = Math.max(nk[c], 1e-10) / n;
                for (int j = 0; j < d; j++) {
                    v[c][j] = Math.max(VARIANCE_FLOOR, v[c][j] / Math.max(nk[c], 1e-10));
                }
            }
            model = new SegmentMemberships(w, m, v);
            if (ll - previous < TOLERANCE) {
                break;
            }
            previous = ll;
        }
        return model;
    }

    /** Fills {@code resp[row][component]}; returns the total log-likelihood. */
    double responsibilities(float[][] x, double[][] resp) {
        int k = weights.length;
        double total = 0;
        double[] logp = new double[k];
        for (int i = 0; i < x.length; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double s = Math.log(weights[c]);
                for (int j = 0; j < x[i].length; j++) {
                    double e = x[i][j] - means[c][j];
                    s -= 0.5 * (Math.log(2 * Math.PI * variances[c][j]) + e * e / variances[c][j]);
                }
                logp[c] = s;
                max = Math.max(max, s);
            }
            double sum = 0;
            for (int c = 0; c < k; c++) {
                sum += Math.exp(logp[c] - max);
            }
            double lse = max + Math.log(sum);
            total += lse;
            for (int c = 0; c < k; c++) {
                resp[i][c] = Math.exp(logp[c] - lse);
            }
        }
        return total;
    }

    /** Each row followed by its membership probabilities. */
    public float[][] append(float[][] x) {
        double[][] resp = new double[x.length][weights.length];
        responsibilities(x, resp);
        float[][] out = new float[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = java.util.Arrays.copyOf(x[i], x[i].length + weights.length);
            for (int c = 0; c < weights.length; c++) {
                out[i][x[i].length + c] = (float) resp[i][c];
            }
        }
        return out;
    }
}
