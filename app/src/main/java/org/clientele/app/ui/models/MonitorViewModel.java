package org.clientele.app.ui.models;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.clientele.app.ui.WorkbenchState;
import org.clientele.app.ui.common.BackgroundWork;
import org.clientele.app.ui.common.ErrorDialogService;
import org.clientele.app.ui.common.TaskRunner;
import org.clientele.core.analysis.CustomerTables;
import org.clientele.core.analysis.MonitoringRun;
import org.clientele.core.analysis.OpenedDataset;
import org.clientele.core.analysis.TrainingResult;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.data.Table;
import org.clientele.core.monitor.DriftReport;
import org.clientele.core.monitor.ReferenceProfile;

import java.nio.file.Path;

/**
 * Drift of a newer file against the open one, as the trained segment classifier (or, without one, the
 * spend model) sees it: the model's reference comes from the open customer table it was trained on.
 */
public final class MonitorViewModel {

    private final WorkbenchState state;
    private final TaskRunner runner;
    private final ErrorDialogService dialogs;
    private final ReadOnlyObjectWrapper<DriftReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> comparedFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);

    public MonitorViewModel(WorkbenchState state, TaskRunner runner, ErrorDialogService dialogs) {
        this.state = state;
        this.runner = runner;
        this.dialogs = dialogs;
        state.segmentClassifierProperty().addListener((obs, old, now) -> report.set(null));
        state.spendModelProperty().addListener((obs, old, now) -> report.set(null));
    }

    /** The model checked: the segment classifier when there is one, else the spend model; null before training. */
    public TrainingResult model() {
        TrainingResult classifier = state.segmentClassifierProperty().get();
        return classifier != null ? classifier : state.spendModelProperty().get();
    }

    public BooleanBinding canCheck() {
        return Bindings.createBooleanBinding(() -> model() != null && !checking.get(),
                state.segmentClassifierProperty(), state.spendModelProperty(), checking);
    }

    /** Reads {@code newFile} as a customer table (a log is aggregated first) and compares it with the training table. */
    public void check(Path newFile) {
        OpenedDataset d = state.datasetProperty().get();
        TrainingResult m = model();
        if (d == null || m == null || checking.get()) {
            return;
        }
        checking.set(true);
        BackgroundWork.of("Comparing " + newFile.getFileName() + " with the training data", p -> {
                    p.update(0, "Recording the training data's reference");
                    ReferenceProfile reference = MonitoringRun.reference(d.file(), d.customerTable(), m.bundle());
                    Table table = CustomerTables.load(newFile, ReadOptions.DEFAULT, p.slice(0.2, 0.9));
                    return MonitoringRun.drift(newFile, table, m.bundle(), reference);
                })
                .onSucceeded(r -> {
                    comparedFile.set(newFile);
                    report.set(r);
                })
                .onFailed(e -> dialogs.showError("Could not compare " + newFile.getFileName(), e))
                .onFinished(() -> checking.set(false))
                .runWith(runner);
    }

    public ReadOnlyObjectProperty<DriftReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> comparedFileProperty() {
        return comparedFile.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }
}
