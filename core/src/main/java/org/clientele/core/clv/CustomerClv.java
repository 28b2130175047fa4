package org.clientele.core.clv;

/**
 * One customer's figures for customers_clv.csv: the summary the models saw, P(alive), expected purchases
 * and spend over the horizon, the discounted CLV, and (when there was a holdout) the holdout-window
 * prediction from the calibration models next to what happened (NaN otherwise), and 90% intervals on expected
 * purchases, P(alive) and CLV from the purchase model's parameter uncertainty (NaN when not computed).
 */
public record CustomerClv(String customerId, double frequency, double recency, double T, double monetary,
                          double probabilityAlive, double expectedPurchases, double expectedAverageSpend,
                          double expectedSpend, double clv, double holdoutPredictedSpend, double holdoutActualSpend,
                          double expectedPurchasesLow, double expectedPurchasesHigh, double probabilityAliveLow,
                          double probabilityAliveHigh, double clvLow, double clvHigh) {

    /** Figures without intervals. */
    public CustomerClv(String customerId, double frequency, double recency, double T, double monetary,
                       double probabilityAlive, double expectedPurchases, double expectedAverageSpend,
                       double expectedSpend, double clv, double holdoutPredictedSpend, double holdoutActualSpend) {
        this(customerId, frequency, recency, T, monetary, probabilityAlive, expectedPurchases, expectedAverageSpend,
                expectedSpend, clv, holdoutPredictedSpend, holdoutActualSpend, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN);
    }

    public boolean hasIntervals() {
        return !Double.isNaN(expectedPurchasesLow);
    }
}
