package org.clientele.core.predict;

import java.util.Map;

/**
 * One model's scores: RMSE, MAE and R² on the held-out test rows, and R² mean ± population std over the
 * cross-validation folds of the training part ({@code cvR2} per fold). {@code settings} describes what
 * tuning chose, e.g. the XGBoost parameters, for the final fit.
 *
 * @param inputTransform     the input transform used (raw, log1p or both)
 * @param inputTransformCvR2 training-part CV R² mean of every input transform tried, by label; empty
 *                           when none was searched (trees, a fixed transform)
 * @param tableCvR2          R² per fold of the (repeated) k-fold on the whole table; empty when not run
 */
public record RegressionScore(String name, double rmse, double mae, double r2, double cvR2Mean, double cvR2Std,
                              double[] cvR2, String settings, double seconds, String inputTransform,
                              Map<String, Double> inputTransformCvR2, double[] tableCvR2) {

    public RegressionScore {
        inputTransformCvR2 = inputTransformCvR2 == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputTransformCvR2));
        tableCvR2 = tableCvR2 == null ? new double[0] : tableCvR2;
    }

    public RegressionScore(String name, double rmse, double mae, double r2, double cvR2Mean, double cvR2Std,
                           double[] cvR2, String settings, double seconds) {
        this(name, rmse, mae, r2, cvR2Mean, cvR2Std, cvR2, settings, seconds, null, Map.of(), new double[0]);
    }

    /** Mean R² of the whole-table CV (NaN when not run). */
    public double tableCvR2Mean() {
        return tableCvR2.length == 0 ? Double.NaN : Stats.mean(tableCvR2);
    }

    /** Population std of the whole-table CV R² (NaN when not run). */
    public double tableCvR2Std() {
        return tableCvR2.length == 0 ? Double.NaN : Stats.std(tableCvR2);
    }
}
