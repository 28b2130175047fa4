package org.clientele.core.predict;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

import java.util.List;

/**
 * y = intercept + Σ coefficients[j]·x[j], fitted by ordinary least squares in closed form (QR via
 * commons-math3). Chosen over SGD on squared loss because it is exact, deterministic and needs no
 * learning-rate tuning; collinear features fall back to the minimum-norm least-squares solution (SVD).
 */
public record LinearFormula(List<String> featureNames, double intercept, double[] coefficients)
        implements FittedRegressor {

    public LinearFormula {
        featureNames = List.copyOf(featureNames);
        if (coefficients.length != featureNames.size()) {
            throw new IllegalArgumentException("one coefficient per feature expected");
        }
    }

    public static LinearFormula fit(List<String> featureNames, double[][] x, double[] y) {
        int p = featureNames.size();
        if (x.length > p + 1) {
            try {
                OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression(1e-10);
                ols.newSampleData(y, x);
                double[] beta = ols.estimateRegressionParameters();
                double[] coef = new double[p];
                System.arraycopy(beta, 1, coef, 0, p);
                return new LinearFormula(featureNames, beta[0], coef);
            } catch (SingularMatrixException e) {
                // collinear features: use the minimum-norm solution below
            }
        }
        double[][] design = new double[x.length][p + 1];
        for (int i = 0; i < x.length; i++) {
            design[i][0] = 1;
            System.arraycopy(x[i], 0, design[i], 1, p);
        }
        double[] beta = new SingularValueDecomposition(new Array2DRowRealMatrix(design, false))
                .getSolver().solve(new ArrayRealVector(y, false)).toArray();
        double[] coef = new double[p];
        System.arraycopy(beta, 1, coef, 0, p);
        return new LinearFormula(featureNames, beta[0], coef);
    }

    @Override
    public double[] predict(double[][] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            double s = intercept;
            for (int j = 0; j < coefficients.length; j++) {
                s += coefficients[j] * rows[i][j];
            }
            out[i] = s;
        }
        return out;
    }
}
