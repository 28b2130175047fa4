package org.clientele.core.predict;

/** A held-out row's actual and predicted value (residual = actual − predicted), for plots. */
public record HeldOutPrediction(String rowId, double actual, double predicted, double residual) {
}
