package org.clientele.core.clv;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RankingMetricsTest {

    /*
     * actual = 0, 10, 0, 30, 60 (total 100), predicted = 1..5.
     * By prediction: 60, 30, 0, 10, 0 -> cumulative shares .6 .9 .9 1 1, sum 4.4; Gini = (4.4 - 3) / 5 = 0.28.
     * Perfect order: 60, 30, 10, 0, 0 -> .6 .9 1 1 1, sum 4.5; Gini = 1.5 / 5 = 0.30. Normalized = 14/15.
     */
    @Test
    void normalizedGiniHandComputed() {
        double[] actual = {0, 10, 0, 30, 60};
        double[] predicted = {1, 2, 3, 4, 5};
        assertEquals(0.28, RankingMetrics.gini(actual, predicted), 1e-12);
        assertEquals(0.30, RankingMetrics.gini(actual, actual), 1e-12);
        assertEquals(14.0 / 15, RankingMetrics.normalizedGini(actual, predicted), 1e-12);
        assertEquals(1, RankingMetrics.normalizedGini(actual, actual), 1e-12);
    }

    @Test
    void reversedRankingIsNegativeAndConstantPredictionIsZero() {
        double[] actual = {0, 10, 0, 30, 60};
        // Worst order: 0, 0, 10, 30, 60 -> 0 0 .1 .4 1, sum 1.5; Gini = -1.5 / 5; normalized -1.
        assertEquals(-1, RankingMetrics.normalizedGini(actual, new double[]{5, 3, 4, 2, 1}), 1e-12);
        // All tied: every customer gets the mean, cumulative shares .2 .4 .6 .8 1 = 3 -> Gini 0.
        assertEquals(0, RankingMetrics.normalizedGini(actual, new double[]{7, 7, 7, 7, 7}), 1e-12);
    }

    @Test
    void tiesDoNotDependOnInputOrder() {
        double[] a1 = {5, 0, 1, 9};
        double[] p1 = {2, 2, 1, 3};
        double[] a2 = {0, 5, 1, 9};
        double[] p2 = {2, 2, 1, 3};
        assertEquals(RankingMetrics.normalizedGini(a1, p1), RankingMetrics.normalizedGini(a2, p2), 1e-15);
    }

    @Test
    void undefinedWithoutActualValue() {
        assertTrue(Double.isNaN(RankingMetrics.normalizedGini(new double[]{0, 0}, new double[]{1, 2})));
    }

    /*
     * 20 customers, predicted = 20..1, actual = 2 x predicted for the top ten and = predicted for the rest.
     * Deciles of two: predicted means 19.5, 17.5, ..., 1.5; actual means 39, 35, 31, 27, 23, then 11.5 ... 1.5.
     * APE: 0.5 for the first five deciles, 0 for the last five -> decile MAPE 0.25.
     */
    @Test
    void decileMapeHandComputed() {
        double[] predicted = new double[20];
        double[] actual = new double[20];
        for (int i = 0; i < 20; i++) {
            predicted[i] = 20 - i;
            actual[i] = i < 10 ? 2 * predicted[i] : predicted[i];
        }
        RankingMetrics m = RankingMetrics.of(actual, predicted);
        assertEquals(10, m.deciles().size());
        assertEquals(new RankingMetrics.Decile(1, 2, 19.5, 39), m.deciles().get(0));
        assertEquals(new RankingMetrics.Decile(10, 2, 1.5, 1.5), m.deciles().get(9));
        assertEquals(0.25, m.decileMape(), 1e-12);
        assertEquals(10, m.decilesScored());
    }

    @Test
    void decilesWithNoActualValueAreLeftOutOfTheMape() {
        // 10 customers, one per decile; the two lowest have actual 0 and are not scored.
        double[] predicted = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        double[] actual = {20, 9, 8, 7, 6, 5, 4, 3, 0, 0};
        RankingMetrics m = RankingMetrics.of(actual, predicted);
        assertEquals(8, m.decilesScored());
        assertEquals(0.5 / 8, m.decileMape(), 1e-12);
        assertEquals(List.of(1, 1, 1), m.deciles().subList(0, 3).stream().map(RankingMetrics.Decile::customers).toList());
    }
}
