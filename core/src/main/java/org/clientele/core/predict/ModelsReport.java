package org.clientele.core.predict;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * The content of {@code models.json} (CONTRACT.md, {@code train}): what was modelled, what was left out
 * and why, every model's scores on rows it did not train on, the best model and its importances.
 *
 * @param importances     permutation importance of the best model on held-out rows
 * @param gainImportances XGBoost gain importance (normalised to sum 1), when XGBoost was fitted
 * @param vif             variance inflation factors of the kept features (regression)
 * @param targetScale     ORIGINAL or LOG1P: the scale regressors were trained on (metrics are in original units)
 * @param warnings        things the user should check, e.g. strong correlations the leakage guard let through
 * @param bestChosenBy    the criterion used to pick {@code best}
 * @param provenance      seed, settings, split sizes and date
 * @param validation      regression: which rows r2, cvR2Mean and tableCvR2Mean come from; null otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelsReport(String target, String task, List<String> features, List<Exclusion> excluded,
                           List<ModelEntry> models, String best, String bestChosenBy, List<Importance> importances,
                           List<Importance> gainImportances, List<VarianceInflation.Vif> vif, String targetScale,
                           List<String> warnings, Map<String, Object> provenance, Validation validation) {

    @JsonCreator
    public ModelsReport {
    }

    public ModelsReport(String target, String task, List<String> features, List<Exclusion> excluded,
                        List<ModelEntry> models, String best, String bestChosenBy, List<Importance> importances,
                        List<Importance> gainImportances, List<VarianceInflation.Vif> vif, String targetScale,
                        List<String> warnings, Map<String, Object> provenance) {
        this(target, task, features, excluded, models, best, bestChosenBy, importances, gainImportances, vif,
                targetScale, warnings, provenance, null);
    }
}
