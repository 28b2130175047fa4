package org.clientele.core.clv;

import java.util.List;

/**
 * How one model's holdout-spend predictions compare with what customers actually spent: errors (in money),
 * Spearman rank correlation, top-decile capture, totals, purchase-count errors and the chart table by
 * calibration frequency (both null/empty for models that do not predict purchase counts).
 */
public record HoldoutScore(String model, double rmse, double mae, double spearman, double topDecileCapture,
                           int customers, double actualTotal, double predictedTotal,
                           Double purchasesRmse, Double purchasesMae, List<FrequencyBin> byCalibrationFrequency) { }
