package org.clientele.core.analysis;

import org.clientele.core.predict.ModelBundle;
import org.clientele.core.predict.ModelsReport;

import java.util.List;

/**
 * A finished training run: models.json's content, the best model ready to save, and notes on rows that
 * were left out (missing target, outliers, ids not found) so the user knows what the model learned from.
 */
public record TrainingResult(ModelsReport report, ModelBundle bundle, int rows, List<String> notes) {

    public TrainingResult {
        notes = List.copyOf(notes);
    }
}
