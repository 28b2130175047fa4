package org.clientele.core.clv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How well predicted holdout values rank and size customers (Wang, Liu &amp; Miao 2019, "A Deep Probabilistic
 * Model for Customer Lifetime Value Prediction", sec. 4: normalized Gini and decile-level MAPE):
 * {@code normalizedGini} is the Gini of the actual values ordered by prediction over the Gini of the actual
 * values ordered by themselves (1 = perfect ranking, 0 = random); {@code decileMape} is the mean absolute
 * percentage error of the mean prediction against the mean actual value in each decile of predicted value,
 * over the deciles whose actual mean is not zero ({@code decilesScored} of them). NaN when undefined.
 */
public record RankingMetrics(double normalizedGini, double decileMape, int decilesScored, List<Decile> deciles) {

    /** One tenth of the customers by predicted value, 1 = the highest predictions. */
    public record Decile(int decile, int customers, double predictedMean, double actualMean) { }

    public RankingMetrics {
        deciles = List.copyOf(deciles);
    }

    public static RankingMetrics of(double[] actual, double[] predicted) {
        List<Decile> deciles = deciles(actual, predicted);
        double sum = 0;
        int scored = 0;
        for (Decile d : deciles) {
            if (d.actualMean() != 0 && Double.isFinite(d.actualMean())) {
                sum += Math.abs(d.predictedMean() - d.actualMean()) / Math.abs(d.actualMean());
                scored++;
            }
        }
        return new RankingMetrics(normalizedGini(actual, predicted), scored == 0 ? Double.NaN : sum / scored, scored,
                deciles);
    }

    /**
     * Gini(actual ordered by predicted) / Gini(actual ordered by actual). Customers tied on the prediction
     * share their actual values equally, so the result does not depend on input order. NaN when the
     * actual total is not positive or every actual value is the same.
     */
    public static double normalizedGini(double[] actual, double[] predicted) {
        check(actual, predicted);
        double perfect = gini(actual, actual);
        if (!(perfect > 0)) {
            return Double.NaN;
        }
        return gini(actual, predicted) / perfect;
    }

    /**
     * The Gini of a ranking: walk the customers from the highest score down and sum the cumulative share
     * of actual value, minus what a random order would collect, per customer. Ties share their values.
     */
    static double gini(double[] actual, double[] score) {
        int n = actual.length;
        double total = Arrays.stream(actual).sum();
        if (n == 0 || !(total > 0)) {
            return Double.NaN;
        }
        Integer[] order = descending(score);
        double cumulative = 0;
        double areaSum = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            double groupSum = actual[order[i]];
            while (j + 1 < n && Double.compare(score[order[j + 1]], score[order[i]]) == 0) {
                j++;
                groupSum += actual[order[j]];
            }
            double each = groupSum / (j - i + 1);
            for (int k = i; k <= j; k++) {
                cumulative += each;
                areaSum += cumulative / total;
            }
            i = j + 1;
        }
        return (areaSum - (n + 1) / 2.0) / n;
    }

    /**
     * Customers sorted by prediction (highest first, ties by input order) in ten groups whose sizes differ by
     * at most one; fewer groups when there are fewer than ten customers.
     */
    static List<Decile> deciles(double[] actual, double[] predicted) {
        check(actual, predicted);
        int n = actual.length;
        Integer[] order = descending(predicted);
        int groups = Math.min(10, n);
        List<Decile> out = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            int from = (int) ((long) g * n / groups);
            int to = (int) ((long) (g + 1) * n / groups);
            double p = 0;
            double a = 0;
            for (int k = from; k < to; k++) {
                p += predicted[order[k]];
                a += actual[order[k]];
            }
            int size = to - from;
            out.add(new Decile(g + 1, size, p / size, a / size));
        }
        return out;
    }

    private static Integer[] descending(double[] score) {
        Integer[] order = IntStream.range(0, score.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> score[i]).reversed());
        return order;
    }

    private static void check(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("length mismatch: " + a.length + " vs " + b.length);
        }
    }
}
