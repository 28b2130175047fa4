package org.clientele.core.clv;

import org.clientele.core.stats.Correlation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Accuracy and ranking measures of predictions against holdout outcomes. */
public final class HoldoutMetrics {

    private HoldoutMetrics() {
    }

    public static double rmse(double[] actual, double[] predicted) {
        check(actual, predicted);
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            double d = predicted[i] - actual[i];
            sum += d * d;
        }
        return Math.sqrt(sum / actual.length);
    }

    public static double mae(double[] actual, double[] predicted) {
        check(actual, predicted);
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            sum += Math.abs(predicted[i] - actual[i]);
        }
        return sum / actual.length;
    }

    /** Pearson correlation ({@link Correlation#pearson}); NaN when either side is constant or fewer than two values. */
    public static double pearson(double[] u, double[] v) {
        check(u, v);
        return Correlation.pearson(u, v);
    }

    /** Spearman's rank correlation ({@link Correlation#spearman}). */
    public static double spearman(double[] actual, double[] predicted) {
        check(actual, predicted);
        return Correlation.spearman(actual, predicted);
    }

    /** Ranks 1..n in ascending order, ties given the mean of the ranks they span. */
    public static double[] averageRanks(double[] values) {
        return Correlation.averageRanks(values);
    }

    /**
     * Share of the total actual value held by the ceil(10%) of customers with the highest predictions.
     * Customers tied with the last one selected share the remaining places: their actual values count in
     * proportion, so the result does not depend on input order. NaN when the actual total is not positive.
     */
    public static double topDecileCapture(double[] actual, double[] predicted) {
        return topShareCapture(actual, predicted, 0.1);
    }

    static double topShareCapture(double[] actual, double[] predicted, double share) {
        check(actual, predicted);
        int n = actual.length;
        double total = Arrays.stream(actual).sum();
        if (n == 0 || !(total > 0)) {
            return Double.NaN;
        }
        int places = (int) Math.ceil(share * n - 1e-9);
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> predicted[i]).reversed());
        double captured = 0;
        int i = 0;
        while (places > 0 && i < n) {
            int j = i;
            double groupSum = actual[order[i]];
            while (j + 1 < n && Double.compare(predicted[order[j + 1]], predicted[order[i]]) == 0) {
                j++;
                groupSum += actual[order[j]];
            }
            int groupSize = j - i + 1;
            int taken = Math.min(places, groupSize);
            captured += groupSum * taken / groupSize;
            places -= taken;
            i = j + 1;
        }
        return captured / total;
    }

    private static void check(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("length mismatch: " + a.length + " vs " + b.length);
        }
    }
}
