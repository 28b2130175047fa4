package org.clientele.core.eda;

import org.clientele.core.stats.Correlation;

import java.util.List;

/**
 * Pearson and Spearman correlations between features, [i][j] in {@code features} order. Spearman's rho
 * is Pearson's r of the ranks, tied values sharing their average rank (Spearman 1904); both from
 * {@link Correlation}. A constant feature correlates with nothing: its entries are NaN (null in JSON).
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
        double[][] pearson = new double[d][d];
        double[][] spearman = new double[d][d];
        double[][] ranks = new double[d][];
        for (int f = 0; f < d; f++) {
            ranks[f] = Correlation.averageRanks(columns[f]);
        }
        for (int i = 0; i < d; i++) {
            pearson[i][i] = spearman[i][i] = isConstant(columns[i]) ? Double.NaN : 1;
            for (int j = i + 1; j < d; j++) {
                pearson[i][j] = pearson[j][i] = Correlation.pearson(columns[i], columns[j]);
                spearman[i][j] = spearman[j][i] = Correlation.pearson(ranks[i], ranks[j]);
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
