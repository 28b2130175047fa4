package org.clientele.core.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Pearson's r and Spearman's rho (Spearman 1904: Pearson's r of the ranks, ties sharing their average
 * rank). Both are NaN (null in JSON) when either side is constant or there are fewer than two pairs:
 * a correlation with a constant is undefined, and every caller treats NaN as "no correlation to act on".
 */
public final class Correlation {

    private Correlation() {
    }

    public static double pearson(double[] u, double[] v) {
        if (u.length != v.length) {
            throw new IllegalArgumentException("need pairs: " + u.length + " vs " + v.length + " values");
        }
        int n = u.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mu = 0;
        double mv = 0;
        for (int i = 0; i < n; i++) {
            mu += u[i];
            mv += v[i];
        }
        mu /= n;
        mv /= n;
        double suv = 0;
        double suu = 0;
        double svv = 0;
        for (int i = 0; i < n; i++) {
            double du = u[i] - mu;
            double dv = v[i] - mv;
            suv += du * dv;
            suu += du * du;
            svv += dv * dv;
        }
        if (suu == 0 || svv == 0 || isConstant(u) || isConstant(v)) {
            return Double.NaN;
        }
        return Math.max(-1, Math.min(1, suv / Math.sqrt(suu * svv)));
    }

    public static double spearman(double[] u, double[] v) {
        return pearson(averageRanks(u), averageRanks(v));
    }

    /** Ranks 1..n in ascending order, ties given the mean of the ranks they span. */
    public static double[] averageRanks(double[] values) {
        int n = values.length;
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && Double.compare(values[order[j + 1]], values[order[i]]) == 0) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }

    private static boolean isConstant(double[] v) {
        for (double x : v) {
            if (x != v[0]) {
                return false;
            }
        }
        return true;
    }
}
