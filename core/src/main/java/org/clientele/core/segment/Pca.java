package org.clientele.core.segment;

import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Principal component analysis by eigen-decomposition of the (population) covariance matrix of the
 * rows (commons-math3). Components are sorted by variance; each component's sign makes its
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
        RealMatrix c = MatrixUtils.createRealMatrix(cov);
        EigenDecomposition eig = new EigenDecomposition(c);
        double[] values = eig.getRealEigenvalues();
        Integer[] order = new Integer[d];
        for (int i = 0; i < d; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (i, j) -> Double.compare(values[j], values[i]));
        double[][] loadings = new double[m][];
        double[] ratio = new double[m];
        for (int p = 0; p < m; p++) {
            double[] v = eig.getEigenvector(order[p]).toArray();
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
            ratio[p] = total == 0 ? 0 : Math.max(0, values[order[p]]) / total;
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
}
