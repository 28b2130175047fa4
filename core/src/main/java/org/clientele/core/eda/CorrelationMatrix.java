package org.clientele.core.eda;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

import java.util.List;

/**
 * Pearson and Spearman correlations between features, [i][j] in {@code features} order. Spearman's rho
 * is Pearson's r of the ranks, tied values sharing their average rank (Spearman 1904). A constant
 * feature correlates with nothing: its entries are NaN (null in JSON).
 */
public record CorrelationMatrix(List<String> features, double[][] pearson, double[][] spearman) {

    public CorrelationMatrix {
        features = List.copyOf(features);
    }

    /** @param columns columns[feature][row], no missing values */
    public static CorrelationMatrix of(List<String> features, double[][] columns) {
        int d = columns.length;
        int n = d == 0 ? 0 : columns[0].length;
        if (n < 2) {
            return new CorrelationMatrix(features, nanMatrix(d), nanMatrix(d));
        }
        if (d == 1) {
            double one = isConstant(columns[0]) ? Double.NaN : 1;
            return new CorrelationMatrix(features, new double[][] {{one}}, new double[][] {{one}});
        }
        double[][] rows = new double[n][d];
        for (int f = 0; f < d; f++) {
            for (int r = 0; r < n; r++) {
                rows[r][f] = columns[f][r];
            }
        }
        Array2DRowRealMatrix m = new Array2DRowRealMatrix(rows, false);
        double[][] pearson = new PearsonsCorrelation(m).getCorrelationMatrix().getData();
        double[][] spearman = new SpearmansCorrelation(m).getCorrelationMatrix().getData();
        for (int i = 0; i < d; i++) {
            boolean constant = isConstant(columns[i]);
            for (int j = 0; j < d; j++) {
                if (constant || isConstant(columns[j])) {
                    pearson[i][j] = Double.NaN;
                    spearman[i][j] = Double.NaN;
                }
            }
        }
        return new CorrelationMatrix(features, pearson, spearman);
    }

    private static boolean isConstant(double[] v) {
        for (double x : v) {
            if (x != v[0]) {
                return false;
            }
        }
        return true;
    }

    private static double[][] nanMatrix(int d) {
        double[][] m = new double[d][d];
        for (double[] row : m) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        return m;
    }
}
