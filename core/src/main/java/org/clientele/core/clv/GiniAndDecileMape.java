package org.clientele.core.clv;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The two value-prediction scores of Wang, Liu &amp; Miao (2019, "A Deep Probabilistic Model for Customer
 * Lifetime Value Prediction", sec. 4): the normalized Gini — the Gini of the actual values ordered by the
 * prediction over that of the actual values ordered by themselves (1 = perfect ranking, 0 = random) — and the
 * decile MAPE — customers in ten groups by predicted value, the mean over groups of |mean predicted − mean
 * actual| / mean actual (groups whose actual mean is 0 are skipped). Customers tied on the prediction share
 * their actual values, so the Gini does not depend on input order.
 */
public final class GiniAndDecileMape {

    private GiniAndDecileMape() {
    }

    /** NaN when the actual total is not positive. */
    public static double normalizedGini(double[] actual, double[] predicted) {
        double perfect = gini(actual, actual);
        return perfect > 0 ? gini(actual, predicted) / perfect : Double.NaN;
    }

    static double gini(double[] actual, double[] score) {
        int n = actual.length;
        double total = Arrays.stream(actual).sum();
        if (n == 0 || !(total > 0)) {
            return Double.NaN;
        }
        Integer[] order = descending(score);
        double cumulative = 0;
        double area = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            double group = actual[order[i]];
            while (j + 1 < n && Double.compare(score[order[j + 1]], score[order[i]]) == 0) {
                group += actual[order[++j]];
            }
            double each = group / (j - i + 1);
            for (int k = i; k <= j; k++) {
                cumulative += each;
                area += cumulative / total;
            }
            i = j + 1;
        }
        return (area - (n + 1) / 2.0) / n;
    }

    /** NaN when no decile has a non-zero actual mean. */
    public static double decileMape(double[] actual, double[] predicted) {
        int n = actual.length;
        Integer[] order = descending(predicted);
        int groups = Math.min(10, n);
        double sum = 0;
        int scored = 0;
        for (int g = 0; g < groups; g++) {
            int from = (int) ((long) g * n / groups);
            int to = (int) ((long) (g + 1) * n / groups);
            double p = 0;
            double a = 0;
            for (int k = from; k < to; k++) {
                p += predicted[order[k]];
                a += actual[order[k]];
            }
            if (a != 0) {
                sum += Math.abs(p - a) / Math.abs(a);
                scored++;
            }
        }
        return scored == 0 ? Double.NaN : sum / scored;
    }

    private static Integer[] descending(double[] score) {
        Integer[] order = IntStream.range(0, score.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> score[i]).reversed());
        return order;
    }
}
