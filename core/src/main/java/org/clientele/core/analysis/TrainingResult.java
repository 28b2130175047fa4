package org.clientele.core.analysis;

import org.clientele.core.predict.ClassificationMetrics;
import org.clientele.core.predict.HeldOutPrediction;
import org.clientele.core.predict.ModelBundle;
import org.clientele.core.predict.ModelsReport;

import java.util.List;

/**
 * A finished training run: models.json's content, the best model ready to save, and notes on rows that
 * were left out (missing target, outliers, ids not found) so the user knows what the model learned from.
 *
 * @param bestMetrics classification: the best model's scores on the held-out rows (confusion matrix
 *                    {@code [actual][predicted]} and per-segment precision/recall, classes in
 *                    {@code bundle.classNames()} order); null for a regression
 * @param heldOut     regression: the best model's predicted-vs-actual pairs on the held-out rows; empty
 *                    for a classifier
 */
public record TrainingResult(ModelsReport report, ModelBundle bundle, int rows, List<String> notes,
                             ClassificationMetrics bestMetrics, List<HeldOutPrediction> heldOut) {

    public TrainingResult {
        notes = List.copyOf(notes);
        heldOut = heldOut == null ? List.of() : List.copyOf(heldOut);
    }

    public TrainingResult(ModelsReport report, ModelBundle bundle, int rows, List<String> notes) {
        this(report, bundle, rows, notes, null, List.of());
    }
}
