package org.clientele.core.predict;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of {@code models[]} in models.json. Regression entries carry {@code rmse, mae, r2, cvR2Mean,
 * cvR2Std}; classification entries {@code accuracy, macroF1, cvAccuracyMean, cvAccuracyStd} (and the CV
 * macro-F1 used to pick the best). Absent values are left out of the JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelEntry(String name, Double rmse, Double mae, Double r2, Double cvR2Mean, Double cvR2Std,
                         Double accuracy, Double macroF1, Double cvAccuracyMean, Double cvAccuracyStd,
                         Double cvMacroF1Mean, Double cvMacroF1Std, String settings) {

    static ModelEntry of(RegressionScore s) {
        return new ModelEntry(s.name(), s.rmse(), s.mae(), s.r2(), s.cvR2Mean(), s.cvR2Std(),
                null, null, null, null, null, null, s.settings());
    }

    static ModelEntry of(ClassifierScore s) {
        return new ModelEntry(s.name(), null, null, null, null, null, s.accuracy(), s.macroF1(),
                s.cvAccuracyMean(), s.cvAccuracyStd(), s.cvMacroF1Mean(), s.cvMacroF1Std(), s.settings());
    }
}
