package org.clientele.core.predict;

/**
 * One model's scores: RMSE, MAE and R² on the held-out test rows, and R² mean ± population std over the
 * cross-validation folds of the training part ({@code cvR2} per fold). {@code settings} describes what
 * tuning chose, e.g. the XGBoost parameters, for the final fit.
 */
public record RegressionScore(String name, double rmse, double mae, double r2, double cvR2Mean, double cvR2Std,
                              double[] cvR2, String settings, double seconds) {
}
