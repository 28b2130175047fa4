package org.clientele.core.predict;

import java.util.List;
import java.util.Map;

/**
 * A regressor's prediction for one customer, in the target's original units.
 *
 * @param missingFeatures   features the input lacked (imputed with the training median)
 * @param contributions     why: per-feature additive contributions plus "(bias)" (SHAP for XGBoost,
 *                          coefficient × z-score for the linear model; empty for other models)
 * @param contributionScale the scale contributions add up on ("original" or "log1p" units of the target)
 */
public record ValuePrediction(double prediction, List<String> missingFeatures, Map<String, Double> contributions,
                              String contributionScale) {
}
