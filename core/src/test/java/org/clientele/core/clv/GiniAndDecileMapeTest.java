package org.clientele.core.clv;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GiniAndDecileMapeTest {

    @Test
    void perfectRankingIsOneAndReversedIsMinusOne() {
        double[] actual = {0, 1, 2, 3, 10};
        assertEquals(1, GiniAndDecileMape.normalizedGini(actual, new double[] {1, 2, 3, 4, 5}), 1e-12);
        assertEquals(-1, GiniAndDecileMape.normalizedGini(actual, new double[] {5, 4, 3, 2, 1}), 1e-12);
    }

    @Test
    void handComputedGini() {
        // actual 3, 1, 0, 0 (total 4) ranked by prediction as 1, 3, 0, 0: cumulative shares .25, 1, 1, 1 -> sum 3.25;
        // gini = (3.25 - 5/2) / 4 = 0.1875. Perfect order: .75, 1, 1, 1 -> 3.75 -> 0.3125. Normalized 0.6.
        double[] actual = {3, 1, 0, 0};
        double[] predicted = {2, 5, 1, 0};
        assertEquals(0.6, GiniAndDecileMape.normalizedGini(actual, predicted), 1e-12);
    }

    @Test
    void tiedPredictionsShareTheirValues() {
        // A constant prediction ranks nothing: every customer gets the mean, which is the random order's Gini, 0.
        assertEquals(0, GiniAndDecileMape.normalizedGini(new double[] {5, 0, 1, 0}, new double[] {1, 1, 1, 1}), 1e-12);
    }

    @Test
    void decileMapeByHand() {
        // Ten customers, one per decile; predictions 10% too high everywhere -> MAPE 0.1; a zero-actual decile is skipped.
        double[] actual = new double[10];
        double[] predicted = new double[10];
        for (int i = 0; i < 10; i++) {
            actual[i] = i;
            predicted[i] = i * 1.1 + (i == 0 ? 0.5 : 0);
        }
        assertEquals(0.1, GiniAndDecileMape.decileMape(actual, predicted), 1e-12);
    }
}
