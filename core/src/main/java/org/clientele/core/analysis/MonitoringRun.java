package org.clientele.core.analysis;

import org.clientele.core.data.Table;
import org.clientele.core.monitor.ColumnValues;
import org.clientele.core.monitor.DriftAnalysis;
import org.clientele.core.monitor.DriftReport;
import org.clientele.core.monitor.ModelScores;
import org.clientele.core.monitor.ReferenceProfile;
import org.clientele.core.predict.ModelBundle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Monitoring of a saved model on files: its reference from the table it was trained on (saved beside it),
 * and a later file's drift from that reference. The model scores both files the way {@code predict} does.
 */
public final class MonitoringRun {

    private MonitoringRun() {
    }

    /** The reference of a model trained on {@code table}. */
    public static ReferenceProfile reference(Path file, Table table, ModelBundle bundle) {
        PredictionRun.Predictions p = PredictionRun.score(file, table, bundle, false);
        return DriftAnalysis.reference(bundle.task(), columns(table, bundle), scores(p, bundle), bundle.classNames(),
                bundle.segmentNames());
    }

    /** A later file against the model's reference. Columns the file lacks are an error, as in {@code predict}. */
    public static DriftReport drift(Path file, Table table, ModelBundle bundle, ReferenceProfile reference) {
        PredictionRun.Predictions p = PredictionRun.score(file, table, bundle, false);
        return DriftAnalysis.compare(reference, columns(table, bundle), scores(p, bundle));
    }

    /** The model's inputs as columns of the file: numbers as they are, a one-hot encoded column by its levels. */
    private static List<ColumnValues> columns(Table table, ModelBundle bundle) {
        List<ColumnValues> out = new ArrayList<>();
        for (String feature : bundle.inputColumns()) {
            int col = table.columnIndex(feature);
            if (table.type(col).isNumeric()) {
                out.add(new ColumnValues.Numbers(feature, table.numericColumn(col)));
            } else {
                String[] levels = new String[table.rowCount()];
                for (int r = 0; r < levels.length; r++) {
                    levels[r] = table.text(r, col);
                }
                out.add(new ColumnValues.Levels(feature, levels));
            }
        }
        return out;
    }

    private static ModelScores scores(PredictionRun.Predictions p, ModelBundle bundle) {
        if (p.predictions() != null) {
            return ModelScores.regression(p.predictions());
        }
        int[] classes = new int[p.rowCount()];
        for (int r = 0; r < classes.length; r++) {
            classes[r] = bundle.classNames().indexOf(p.segments().get(r));
        }
        return ModelScores.classification(classes, p.confidence(), p.outOfDistribution());
    }
}
