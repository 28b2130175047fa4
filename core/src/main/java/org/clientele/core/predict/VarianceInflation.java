package org.clientele.core.predict;

import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

import java.util.ArrayList;
import java.util.List;

/**
 * Variance inflation factors VIF_j = 1 / (1 − R²_j), R²_j from regressing feature j on the others
 * (Kutner et al., Applied Linear Statistical Models, §10.5). Infinite when a feature is an exact
 * linear combination of the others; above ~10 signals collinearity worth a look.
 */
public final class VarianceInflation {

    /** One feature's VIF. */
    public record Vif(String feature, double vif) {
    }

    private VarianceInflation() {
    }

    /** @param rows rows × features without missing values */
    public static List<Vif> of(List<String> features, double[][] rows) {
        int p = features.size();
        List<Vif> out = new ArrayList<>(p);
        if (p < 2) {
            for (String f : features) {
                out.add(new Vif(f, 1.0));
            }
            return out;
        }
        for (int j = 0; j < p; j++) {
            double[] y = new double[rows.length];
            double[][] x = new double[rows.length][p - 1];
            for (int i = 0; i < rows.length; i++) {
                y[i] = rows[i][j];
                for (int k = 0, c = 0; k < p; k++) {
                    if (k != j) {
                        x[i][c++] = rows[i][k];
                    }
                }
            }
            double vif;
            try {
                OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression(1e-12);
                ols.newSampleData(y, x);
                double r2 = ols.calculateRSquared();
                vif = r2 >= 1 ? Double.POSITIVE_INFINITY : 1 / (1 - r2);
            } catch (IllegalArgumentException e) { // includes SingularMatrixException
                vif = Double.POSITIVE_INFINITY;
            }
            out.add(new Vif(features.get(j), vif));
        }
        return out;
    }
}
