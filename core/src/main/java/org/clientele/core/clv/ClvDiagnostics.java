package org.clientele.core.clv;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The charts and checks of a CLV run, written at the top level of clv.json: {@code tracking} (repeat purchases
 * week by week, actual against the calibration model), {@code probabilityAliveMatrix} (the final model's P(alive)
 * over frequency × recency) and, with a holdout, {@code seasonality}. The calibration-vs-holdout table by
 * frequency is each holdout score's {@code byCalibrationFrequency}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClvDiagnostics(PurchaseTracking tracking, ProbabilityAliveMatrix probabilityAliveMatrix,
                             Seasonality seasonality) {

    /** Name of the holdout score of the seasonally adjusted BG/NBD × Gamma–Gamma predictions. */
    public static final String SEASONAL_MODEL = BgNbdGammaGammaPredictor.NAME + "-seasonal";

    static ClvDiagnostics withoutHoldout(List<Purchase> purchases, CalibrationHoldoutData all, PurchaseModel model) {
        PurchaseModel tracked = model;
        PurchaseTracking tracking = PurchaseTracking.of(purchases, null, all.calibrationEnd(), all.timeUnit(),
                tracked::expectedPurchases, null);
        return new ClvDiagnostics(tracking, ProbabilityAliveMatrix.of(model::probabilityAlive, all.summaries(),
                all.timeUnit().label()), null);
    }

    /**
     * @param calibrationModel the purchase model fitted on the calibration period (tracking is its forecast)
     * @param finalModel       the model fitted on everything, which the P(alive) matrix describes
     * @param predicted        the calibration model's holdout purchases per calibration customer
     */
    static ClvDiagnostics withHoldout(List<Purchase> purchases, CalibrationHoldoutData data, PurchaseModel calibrationModel,
                                      double[] predicted, CalibrationHoldoutData all, PurchaseModel finalModel) {
        double total = 0;
        for (double p : predicted) {
            total += p;
        }
        Seasonality seasonality = Seasonality.assess(purchases, data, calibrationModel::expectedPurchases, total);
        PurchaseTracking tracking = PurchaseTracking.of(purchases, data.calibrationEnd(), data.holdoutEnd(),
                data.timeUnit(), calibrationModel::expectedPurchases, seasonality.ratioByWeekEnd());
        return new ClvDiagnostics(tracking, ProbabilityAliveMatrix.of(finalModel::probabilityAlive, all.summaries(),
                all.timeUnit().label()), seasonality);
    }

    /** The holdout predictions multiplied by the seasonal factor, scored like any predictor. */
    static HoldoutScore seasonallyAdjusted(CalibrationHoldoutData data, HoldoutPrediction prediction, double factor) {
        double[] spend = prediction.spend().clone();
        double[] purchases = prediction.purchases() == null ? null : prediction.purchases().clone();
        for (int i = 0; i < spend.length; i++) {
            spend[i] *= factor;
            if (purchases != null) {
                purchases[i] *= factor;
            }
        }
        return HoldoutEvaluation.score(SEASONAL_MODEL, data, new HoldoutPrediction(spend, purchases));
    }
}
