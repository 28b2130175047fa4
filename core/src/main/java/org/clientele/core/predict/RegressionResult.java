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
                               ScaleChoice scaleChoice, int droppedRows, @JsonIgnore RegressionPipeline bestPipeline) {

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
