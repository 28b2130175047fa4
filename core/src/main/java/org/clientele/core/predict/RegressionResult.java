package org.clientele.core.predict;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/**
 * Everything a regression comparison found. {@code report} is models.json; {@code heldOut} holds the
 * best model's predicted-vs-actual pairs and residuals on the test rows; {@code bundle} is the best
 * model ready to save.
 *
 * @param scaleChoice how the target scale was chosen, with the measurements behind the choice
 * @param droppedRows rows left out because their target was missing
 */
public record RegressionResult(ModelsReport report, List<RegressionScore> scores, List<HeldOutPrediction> heldOut,
                               ScaleChoice scaleChoice, int droppedRows, @JsonIgnore RegressionPipeline bestPipeline,
                               @JsonIgnore java.util.Map<String, RegressionPipeline> pipelines) {

    /** Keeps only the best model's pipeline. */
    public RegressionResult(ModelsReport report, List<RegressionScore> scores, List<HeldOutPrediction> heldOut,
                            ScaleChoice scaleChoice, int droppedRows, RegressionPipeline bestPipeline) {
        this(report, scores, heldOut, scaleChoice, droppedRows, bestPipeline,
                java.util.Map.of(report.best(), bestPipeline));
    }

    /**
     * This result when its best model can be saved; otherwise (a neural network, which a bundle cannot hold
     * yet) the same comparison with the savable model of highest CV R² as {@code best}, and a warning that
     * says which model won and why it is not the one saved. Permutation importances stay those of the winner.
     */
    public RegressionResult savable() {
        if (ModelBundle.canSave(bestPipeline.model())) {
            return this;
        }
        RegressionScore next = scores.stream()
                .filter(s -> pipelines.containsKey(s.name()) && ModelBundle.canSave(pipelines.get(s.name()).model()))
                .max(java.util.Comparator.comparingDouble(s -> Double.isNaN(s.cvR2Mean())
                        ? Double.NEGATIVE_INFINITY : s.cvR2Mean()))
                .orElse(null);
        if (next == null) {
            return this;
        }
        RegressionScore winner = score(report.best());
        List<String> warnings = new java.util.ArrayList<>(report.warnings());
        warnings.add(String.format(java.util.Locale.ROOT, "%s had the highest CV R2 (%.4f) but cannot be saved in a "
                + "model bundle yet; the saved model is %s (CV R2 %.4f), the best of the others. The importances "
                + "describe %s.", winner.name(), winner.cvR2Mean(), next.name(), next.cvR2Mean(), winner.name()));
        ModelsReport r = report;
        ModelsReport changed = new ModelsReport(r.target(), r.task(), r.features(), r.excluded(), r.models(),
                next.name(), r.bestChosenBy() + " among models that can be saved", r.importances(),
                r.gainImportances(), r.vif(), r.targetScale(), List.copyOf(warnings), r.provenance(), r.validation());
        return new RegressionResult(changed, scores, heldOut, scaleChoice, droppedRows, pipelines.get(next.name()),
                pipelines);
    }

    /** The best model ready to save; fails for a model that cannot be saved (only Tribuo and linear ones can). */
    public ModelBundle bundle() {
        return ModelBundle.regression(report, bestPipeline);
    }

    /**
     * The target scale used and why. {@code cvR2Original}/{@code cvR2Log} are CV R² (original units) of a
     * reference XGBoost on each scale, NaN when not measured.
     */
    public record ScaleChoice(TargetScale scale, double cvR2Original, double cvR2Log, String reason) {
    }

    public String best() {
        return report.best();
    }

    public RegressionScore score(String name) {
        return scores.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no model named " + name));
    }
}
