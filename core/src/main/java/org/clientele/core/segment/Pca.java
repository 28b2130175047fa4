package org.clientele.core.segment;

import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Principal component analysis by eigen-decomposition of the (population) covariance matrix of the
 * rows (commons-math3), or by SVD of the centred rows when there are at least as many columns as rows. Components are sorted by variance; each component's sign makes its
 * largest-magnitude loading positive, as scikit-learn's svd_flip, so maps do not flip between runs.
 */
public final class Pca {

    private Pca() {
    }

    /**
     * @param coordinates          rows x components, the centered rows projected on the components
     * @param explainedVarianceRatio per component, share of the total variance
     * @param loadings             components x features (unit eigenvectors)
     * @param means                the feature means subtracted before projection
     */
    public record Result(double[][] coordinates, double[] explainedVarianceRatio, double[][] loadings,
                         double[] means) {

        public int components() {
            return loadings.length;
        }
    }

    /** The first {@code components} (capped at the number of columns) principal components of {@code x}. */
    public static Result fit(double[][] x, int components) {
        int n = x.length;
        int d = n == 0 ? 0 : x[0].length;
        if (n < 2 || d < 1) {
            throw new IllegalArgumentException("PCA needs at least 2 rows and 1 column");
        }
        int m = Math.min(components, d);
        double[] mean = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        double[][] cov = new double[d][d];
        for (double[] row : x) {
            for (int a = 0; a < d; a++) {
                double da = row[a] - mean[a];
                for (int b = 0; b <= a; b++) {
                    cov[a][b] += da * (row[b] - mean[b]);
                }
            }
        }
        double total = 0;
        for (int a = 0; a < d; a++) {
            for (int b = 0; b <= a; b++) {
                cov[a][b] /= n;
                cov[b][a] = cov[a][b];
            }
            total += cov[a][a];
        }
        double[][] vectors;
        double[] variances;
        if (d >= n) {
            // Wider than tall: the covariance is rank-deficient and its eigen-decomposition may not converge.
            double[][] sv = bySvd(x, mean, m);
            variances = sv[0];
            vectors = java.util.Arrays.copyOfRange(sv, 1, sv.length);
        } else {
            EigenDecomposition eig = new EigenDecomposition(MatrixUtils.createRealMatrix(cov));
            double[] values = eig.getRealEigenvalues();
            Integer[] order = new Integer[d];
            for (int i = 0; i < d; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (i, j) -> Double.compare(values[j], values[i]));
            vectors = new double[m][];
            variances = new double[m];
            for (int p = 0; p < m; p++) {
                vectors[p] = eig.getEigenvector(order[p]).toArray();
                variances[p] = values[order[p]];
            }
        }
        double[][] loadings = new double[m][];
        double[] ratio = new double[m];
        for (int p = 0; p < m; p++) {
            double[] v = vectors[p];
            int big = 0;
            for (int j = 1; j < d; j++) {
                if (Math.abs(v[j]) > Math.abs(v[big])) {
                    big = j;
                }
            }
            if (v[big] < 0) {
                for (int j = 0; j < d; j++) {
                    v[j] = -v[j];
                }
            }
            loadings[p] = v;
            ratio[p] = total == 0 ? 0 : Math.max(0, variances[p]) / total;
        }
        double[][] coords = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < m; p++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    s += (x[i][j] - mean[j]) * loadings[p][j];
                }
                coords[i][p] = s;
            }
        }
        return new Result(coords, ratio, loadings, mean);
    }

    /**
     * The first m right singular vectors of the centred data (rows = components) after a first row of their
     * variances s^2 / n: the same components as the covariance eigenvectors, found without forming the
     * d x d covariance (Golub &amp; Van Loan, Matrix Computations, 4th ed., section 8.6), which stays stable
     * when there are more columns than rows.
     */
    private static double[][] bySvd(double[][] x, double[] mean, int m) {
        int n = x.length;
        int d = mean.length;
        double[][] centred = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                centred[i][j] = x[i][j] - mean[j];
            }
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(MatrixUtils.createRealMatrix(centred));
        double[] s = svd.getSingularValues();
        RealMatrix v = svd.getV();
        double[][] out = new double[m + 1][];
        out[0] = new double[m];
        for (int p = 0; p < m; p++) {
            boolean present = p < s.length && p < v.getColumnDimension();
            out[0][p] = present ? s[p] * s[p] / n : 0;
            out[p + 1] = present ? v.getColumn(p) : new double[d];
        }
        return out;
    }
}
