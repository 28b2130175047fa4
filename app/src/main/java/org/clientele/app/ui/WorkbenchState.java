package org.clientele.app.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.clientele.app.ui.common.FxTaskRunner;
import org.clientele.core.analysis.OpenedDataset;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.analysis.TrainingResult;

/**
 * What the tabs share: the open dataset, the current segmentation and the trained models. Each tab's
 * ViewModel reads what it needs from here and publishes its own result, so a new file clears what was
 * computed from the old one and a new segmentation invalidates the classifier trained on the last.
 */
public final class WorkbenchState {

    private final FxTaskRunner runner;
    private final ObjectProperty<OpenedDataset> dataset = new SimpleObjectProperty<>();
    private final ObjectProperty<SegmentationReport> segmentation = new SimpleObjectProperty<>();
    private final ObjectProperty<TrainingResult> segmentClassifier = new SimpleObjectProperty<>();
    private final ObjectProperty<TrainingResult> spendModel = new SimpleObjectProperty<>();

    public WorkbenchState(FxTaskRunner runner) {
        this.runner = runner;
        dataset.addListener((obs, old, now) -> {
            segmentation.set(null);
            spendModel.set(null);
        });
        segmentation.addListener((obs, old, now) -> segmentClassifier.set(null));
    }

    public FxTaskRunner runner() {
        return runner;
    }

    /** The file that is open, with its customer table; null before the first file opens. */
    public ObjectProperty<OpenedDataset> datasetProperty() {
        return dataset;
    }

    /** The segmentation the Segments tab last ran on the open dataset; null until then. */
    public ObjectProperty<SegmentationReport> segmentationProperty() {
        return segmentation;
    }

    /** The classifier that assigns new customers to the current segments; null until trained. */
    public ObjectProperty<TrainingResult> segmentClassifierProperty() {
        return segmentClassifier;
    }

    /** The regressor that predicts spend or value for the open dataset; null until trained. */
    public ObjectProperty<TrainingResult> spendModelProperty() {
        return spendModel;
    }
}
