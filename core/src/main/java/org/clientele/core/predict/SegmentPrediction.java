package org.clientele.core.predict;

import java.util.List;
import java.util.Map;

/**
 * The segment classifier's answer for one customer.
 *
 * @param segment          the predicted class label (as in the training data, e.g. the segment id)
 * @param segmentName      its display name
 * @param probabilities    per segment label, normalised to sum to 1
 * @param outOfDistribution true when the customer is farther from every segment than
 *                         {@code threshold} (see {@link SegmentDistance})
 * @param contributions    SHAP values (log-odds) for the predicted segment when the model is XGBoost, else empty
 */
public record SegmentPrediction(String segment, String segmentName, double confidence,
                                Map<String, Double> probabilities, boolean outOfDistribution, double distance,
                                double threshold, List<String> missingFeatures, Map<String, Double> contributions) {
}
