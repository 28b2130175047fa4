package org.clientele.core.segment.rfm;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Scores values 1–5 by equal-count quintiles, exactly as pandas'
 * {@code pd.qcut(s.rank(method='first'), 5, labels=[1, 2, 3, 4, 5])}: values are ranked 1..n with ties
 * broken by order of appearance, so every quintile holds n/5 customers even when many values tie (a
 * frequency of 1 is common), and equal values can get different scores. Rank r falls in the first
 * quintile i with r − 1 ≤ (n − 1)·i/5 (the linear quantile edges of the ranks, right-closed bins).
 */
public final class QuintileScores {

    private QuintileScores() {
    }

    /**
     * @param higherIsBetter false for recency in days: the most recent fifth scores 5 (pandas:
     *                       {@code labels=[5, 4, 3, 2, 1]} on ranks of recency)
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    public static int[] score(double[] values, boolean higherIsBetter) {
        int n = values.length;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("value " + values[i] + " at row " + (i + 1)
                        + " cannot be scored: RFM needs a number for every customer");
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // a stable sort keeps tied values in order of appearance, as rank(method='first') does
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        int[] scores = new int[n];
        for (int rank = 1; rank <= n; rank++) {
            int quintile = quintileOfRank(rank, n);
            scores[order[rank - 1]] = higherIsBetter ? quintile : 6 - quintile;
        }
        return scores;
    }

    /** The 1-based quintile of rank r among n, in integer arithmetic so edges are exact. */
    static int quintileOfRank(long rank, long n) {
        for (int i = 1; i < 5; i++) {
            if (5 * (rank - 1) <= (n - 1) * i) {
                return i;
            }
        }
        return 5;
    }
}
