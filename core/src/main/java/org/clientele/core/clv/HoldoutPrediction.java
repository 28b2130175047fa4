package org.clientele.core.clv;

/**
 * A model's predictions for the holdout window, aligned with the calibration customers: spend, and
 * purchases (distinct purchase periods) when the model predicts them (null otherwise).
 */
public record HoldoutPrediction(double[] spend, double[] purchases) {

    public HoldoutPrediction {
        if (spend == null) {
            throw new IllegalArgumentException("a holdout prediction needs spend");
        }
        if (purchases != null && purchases.length != spend.length) {
            throw new IllegalArgumentException("purchases and spend predictions must have the same length");
        }
    }
}
