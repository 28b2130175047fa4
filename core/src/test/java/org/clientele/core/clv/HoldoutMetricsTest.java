package org.clientele.core.clv;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HoldoutMetricsTest {

    @Test
    void errors() {
        double[] actual = {1, 2, 3, 4};
        double[] predicted = {2, 2, 1, 4};
        // errors 1, 0, -2, 0: MAE = 3/4, RMSE = sqrt(5/4)
        assertEquals(0.75, HoldoutMetrics.mae(actual, predicted), 1e-15);
        assertEquals(Math.sqrt(1.25), HoldoutMetrics.rmse(actual, predicted), 1e-15);
    }

    @Test
    void averageRanksShareTies() {
        assertArrayEquals(new double[]{1, 2.5, 2.5, 4, 6, 6, 6}, HoldoutMetrics.averageRanks(new double[]{0, 5, 5, 7, 9, 9, 9}));
    }

    /*
     * actual    = 0, 0, 0, 10, 20      -> ranks 2, 2, 2, 4, 5
     * predicted = 1, 2, 2, 3, 2.5      -> ranks 1, 2.5, 2.5, 5, 4
     * rank means 3 and 3; deviations a = -1,-1,-1,1,2 and p = -2,-0.5,-0.5,2,1
     * sum(a p) = 2 + 0.5 + 0.5 + 2 + 2 = 7; sum(a^2) = 8; sum(p^2) = 4 + 0.25 + 0.25 + 4 + 1 = 9.5
     * Spearman = 7 / sqrt(8 * 9.5) = 7 / sqrt(76) = 0.802955
     */
    @Test
    void spearmanWithTiesMatchesHandComputation() {
        double[] actual = {0, 0, 0, 10, 20};
        double[] predicted = {1, 2, 2, 3, 2.5};
        assertEquals(7 / Math.sqrt(76), HoldoutMetrics.spearman(actual, predicted), 1e-12);
        assertEquals(1.0, HoldoutMetrics.spearman(new double[]{1, 2, 3}, new double[]{10, 20, 300}), 1e-12);
        assertTrue(Double.isNaN(HoldoutMetrics.spearman(new double[]{1, 2, 3}, new double[]{5, 5, 5})));
    }

    /*
     * 20 customers, the top decile is 2 customers. Predictions rank customer 19 first (actual 50),
     * then customers 17 and 18 tie (actual 30 and 10): one place for two, so each counts half.
     * Actual total = 50 + 30 + 10 + 17 * 1 = 107; captured = 50 + (30 + 10) / 2 = 70 -> 70 / 107.
     */
    @Test
    void topDecileCaptureSharesTiedPlaces() {
        double[] actual = new double[20];
        double[] predicted = new double[20];
        for (int i = 0; i < 17; i++) {
            actual[i] = 1;
            predicted[i] = i;
        }
        actual[17] = 30;
        predicted[17] = 100;
        actual[18] = 10;
        predicted[18] = 100;
        actual[19] = 50;
        predicted[19] = 200;
        assertEquals(70.0 / 107, HoldoutMetrics.topDecileCapture(actual, predicted), 1e-12);
        // A perfect ranking of 10 customers captures exactly the largest actual value's share.
        double[] a = {1, 2, 3, 4, 5, 6, 7, 8, 9, 55};
        assertEquals(55.0 / 100, HoldoutMetrics.topDecileCapture(a, a), 1e-12);
        // 11 customers -> ceil(1.1) = 2 places.
        double[] b = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 10};
        assertEquals(11.0 / 20, HoldoutMetrics.topDecileCapture(b, b), 1e-12);
    }
}
