package org.clientele.core.clv;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/**
 * How one model's holdout-spend predictions compare with what customers actually spent: errors (in money),
 * Spearman rank correlation, top-decile capture, totals, purchase-count errors and the chart table by
 * calibration frequency (both null/empty for models that do not predict purchase counts), and the ranking
 * measures (normalized Gini, decile MAPE and the decile table) written beside them in clv.json.
 */
public record HoldoutScore(String model, double rmse, double mae, double spearman, double topDecileCapture,
                           int customers, double actualTotal, double predictedTotal,
                           Double purchasesRmse, Double purchasesMae, List<FrequencyBin> byCalibrationFrequency,
                           @JsonUnwrapped RankingMetrics ranking) {

    /** Without ranking measures (kept for callers written before them). */
    public HoldoutScore(String model, double rmse, double mae, double spearman, double topDecileCapture,
                        int customers, double actualTotal, double predictedTotal,
                        Double purchasesRmse, Double purchasesMae, List<FrequencyBin> byCalibrationFrequency) {
        this(model, rmse, mae, spearman, topDecileCapture, customers, actualTotal, predictedTotal, purchasesRmse,
                purchasesMae, byCalibrationFrequency, null);
    }
}
