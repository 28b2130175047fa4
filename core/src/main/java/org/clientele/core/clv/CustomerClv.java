package org.clientele.core.clv;

/**
 * One customer's figures for customers_clv.csv: the summary the models saw, P(alive), expected purchases
 * and spend over the horizon, the discounted CLV, and (when there was a holdout) the holdout-window
 * prediction from the calibration models next to what happened (NaN otherwise).
 */
public record CustomerClv(String customerId, double frequency, double recency, double T, double monetary,
                          double probabilityAlive, double expectedPurchases, double expectedAverageSpend,
                          double expectedSpend, double clv, double holdoutPredictedSpend, double holdoutActualSpend) { }
