package org.clientele.core.segment;

import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.clientele.core.task.Progress;

import java.util.SplittableRandom;

/**
 * Full-covariance Gaussian mixture by expectation–maximisation (Dempster, Laird &amp; Rubin 1977), set up
 * as scikit-learn's GaussianMixture: responsibilities initialised from a seeded k-means++ run, 1e-6
 * added to every covariance diagonal at each M-step, stop when the mean log-likelihood gains less than
 * 1e-3, at most 100 iterations; the best of several seeded restarts is kept.
 * Commons-math's MultivariateNormalMixtureExpectationMaximization is not used for the loop because it
 * rebuilds each component from the raw covariance every iteration and throws SingularMatrixException
 * as soon as a component collapses (e.g. onto rows sharing a value); Cholesky factors still come from
 * commons-math.
 */
final class GaussianMixture {

    static final double REG_COVAR = 1e-6;
    static final int MAX_ITERATIONS = 100;
    static final double TOLERANCE = 1e-3;

    /** A fitted mixture: weights, flat k x d means, per-component lower Cholesky factors (flat d x d). */
    record Model(int k, int d, double[] weights, double[] means, double[][] cholesky, double[] logDet,
                 double meanLogLikelihood) {

        int parameterCount() {
            return k * d * (d + 1) / 2 + k * d + k - 1;
        }

        /** BIC = -2 log L + p ln n (lower is better), for n rows of the data the model was scored on. */
        double bic(double totalLogLikelihood, int n) {
            return -2 * totalLogLikelihood + parameterCount() * Math.log(n);
        }

        /** Fills resp (n x k) with membership probabilities; returns the total log-likelihood. */
        double responsibilities(Points p, double[][] resp) {
            double total = 0;
            double[] z = new double[d];
            double[] logp = new double[k];
            for (int i = 0; i < p.n; i++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    logp[c] = Math.log(weights[c]) + logDensity(p, i, c, z);
                    max = Math.max(max, logp[c]);
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

        private double logDensity(Points p, int i, int c, double[] z) {
            double[] l = cholesky[c];
            int base = i * d;
            double q = 0;
            for (int a = 0; a < d; a++) {
                double s = p.x[base + a] - means[c * d + a];
                for (int b = 0; b < a; b++) {
                    s -= l[a * d + b] * z[b];
                }
                z[a] = s / l[a * d + a];
                q += z[a] * z[a];
            }
            return -0.5 * (d * Math.log(2 * Math.PI) + logDet[c] + q);
        }
    }

    private GaussianMixture() {
    }

    /** Best of {@code restarts} seeded fits by mean log-likelihood. */
    static Model fit(Points p, int k, int restarts, long seed, Progress progress) {
        Model best = null;
        double tol = LloydKMeans.TOLERANCE * LloydKMeans.meanVariance(p);
        for (int r = 0; r < restarts; r++) {
            progress.checkCancelled();
            long s = LloydKMeans.restartSeed(seed ^ 0x5DEECE66DL, k, r);
            LloydKMeans.Fit init = LloydKMeans.fitOnce(p, k, new SplittableRandom(s).nextLong(), tol, progress);
            Model m = em(p, k, init.labels(), progress);
            if (best == null || m.meanLogLikelihood() > best.meanLogLikelihood()) {
                best = m;
            }
            progress.update((r + 1.0) / restarts, "k=" + k + ": EM restart " + (r + 1) + " of " + restarts);
        }
        return best;
    }

    static Model em(Points p, int k, int[] initLabels, Progress progress) {
        double[][] resp = new double[p.n][k];
        for (int i = 0; i < p.n; i++) {
            resp[i][initLabels[i]] = 1;
        }
        Model model = mStep(p, k, resp, Double.NEGATIVE_INFINITY);
        double previous = Double.NEGATIVE_INFINITY;
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            if ((iter & 7) == 7) {
                progress.checkCancelled();
            }
            double mean = model.responsibilities(p, resp) / p.n;
            model = mStep(p, k, resp, mean);
            if (Math.abs(mean - previous) < TOLERANCE) {
                break;
            }
            previous = mean;
        }
        double finalMean = model.responsibilities(p, resp) / p.n;
        return new Model(k, p.d, model.weights(), model.means(), model.cholesky(), model.logDet(), finalMean);
    }

    private static Model mStep(Points p, int k, double[][] resp, double meanLogLikelihood) {
        int d = p.d;
        double[] weights = new double[k];
        double[] means = new double[k * d];
        for (int i = 0; i < p.n; i++) {
            for (int c = 0; c < k; c++) {
                double r = resp[i][c];
                weights[c] += r;
                for (int a = 0; a < d; a++) {
                    means[c * d + a] += r * p.x[i * d + a];
                }
            }
        }
        double[][] chol = new double[k][];
        double[] logDet = new double[k];
        for (int c = 0; c < k; c++) {
            // a component with no responsibility keeps a tiny weight instead of dividing by zero
            double nk = weights[c] + 10 * Double.MIN_NORMAL;
            for (int a = 0; a < d; a++) {
                means[c * d + a] /= nk;
            }
            double[][] cov = new double[d][d];
            for (int i = 0; i < p.n; i++) {
                double r = resp[i][c];
                if (r == 0) {
                    continue;
                }
                for (int a = 0; a < d; a++) {
                    double da = p.x[i * d + a] - means[c * d + a];
                    for (int b = 0; b <= a; b++) {
                        cov[a][b] += r * da * (p.x[i * d + b] - means[c * d + b]);
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                for (int b = 0; b <= a; b++) {
                    cov[a][b] /= nk;
                    cov[b][a] = cov[a][b];
                }
                cov[a][a] += REG_COVAR;
            }
            RealMatrix l = new CholeskyDecomposition(MatrixUtils.createRealMatrix(cov), 1e-12, 0).getL();
            chol[c] = new double[d * d];
            double ld = 0;
            for (int a = 0; a < d; a++) {
                for (int b = 0; b <= a; b++) {
                    chol[c][a * d + b] = l.getEntry(a, b);
                }
                ld += 2 * Math.log(l.getEntry(a, a));
            }
            logDet[c] = ld;
            weights[c] = nk / p.n;
        }
        return new Model(k, d, weights, means, chol, logDet, meanLogLikelihood);
    }
}
