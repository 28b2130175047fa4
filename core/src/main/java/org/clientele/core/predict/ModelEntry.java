package org.clientele.core.predict;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Map;

/**
 * One line of {@code models[]} in models.json. Regression entries carry {@code rmse, mae, r2, cvR2Mean,
 * cvR2Std}; classification entries {@code accuracy, macroF1, cvAccuracyMean, cvAccuracyStd} (and the CV
 * macro-F1 used to pick the best). Absent values are left out of the JSON.
 *
 * @param inputTransform     regression: the input transform the model was fitted with (raw, log1p, both)
 * @param inputTransformCvR2 regression: training-part CV R² mean of each input transform tried
 * @param tableCvR2Mean      regression: R² mean of the (repeated) k-fold CV on the whole table
 * @param tableCvR2Std       regression: its population std over folds
 * @param seconds            regression: wall-clock seconds the model took in the comparison (its input-transform
 *                           choice, cross-validation, final fit and whole-table CV), for a fair cost comparison
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelEntry(String name, Double rmse, Double mae, Double r2, Double cvR2Mean, Double cvR2Std,
                         Double accuracy, Double macroF1, Double cvAccuracyMean, Double cvAccuracyStd,
                         Double cvMacroF1Mean, Double cvMacroF1Std, String settings, String inputTransform,
                         Map<String, Double> inputTransformCvR2, Double tableCvR2Mean, Double tableCvR2Std,
                         Double seconds) {

    @JsonCreator
    public ModelEntry {
    }

    /** Without the time taken (classification, and code written before it existed). */
    public ModelEntry(String name, Double rmse, Double mae, Double r2, Double cvR2Mean, Double cvR2Std,
                      Double accuracy, Double macroF1, Double cvAccuracyMean, Double cvAccuracyStd,
                      Double cvMacroF1Mean, Double cvMacroF1Std, String settings, String inputTransform,
                      Map<String, Double> inputTransformCvR2, Double tableCvR2Mean, Double tableCvR2Std) {
        this(name, rmse, mae, r2, cvR2Mean, cvR2Std, accuracy, macroF1, cvAccuracyMean, cvAccuracyStd, cvMacroF1Mean,
                cvMacroF1Std, settings, inputTransform, inputTransformCvR2, tableCvR2Mean, tableCvR2Std, null);
    }

    public ModelEntry(String name, Double rmse, Double mae, Double r2, Double cvR2Mean, Double cvR2Std,
                      Double accuracy, Double macroF1, Double cvAccuracyMean, Double cvAccuracyStd,
                      Double cvMacroF1Mean, Double cvMacroF1Std, String settings) {
        this(name, rmse, mae, r2, cvR2Mean, cvR2Std, accuracy, macroF1, cvAccuracyMean, cvAccuracyStd, cvMacroF1Mean,
                cvMacroF1Std, settings, null, null, null, null, null);
    }

    static ModelEntry of(RegressionScore s) {
        return new ModelEntry(s.name(), s.rmse(), s.mae(), s.r2(), s.cvR2Mean(), s.cvR2Std(),
                null, null, null, null, null, null, s.settings(), s.inputTransform(),
                s.inputTransformCvR2().isEmpty() ? null : s.inputTransformCvR2(),
                s.tableCvR2().length == 0 ? null : s.tableCvR2Mean(),
                s.tableCvR2().length == 0 ? null : s.tableCvR2Std(), s.seconds());
    }

    static ModelEntry of(ClassifierScore s) {
        return new ModelEntry(s.name(), null, null, null, null, null, s.accuracy(), s.macroF1(),
                s.cvAccuracyMean(), s.cvAccuracyStd(), s.cvMacroF1Mean(), s.cvMacroF1Std(), s.settings());
    }
}
