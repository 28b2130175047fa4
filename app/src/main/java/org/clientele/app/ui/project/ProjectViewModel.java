package org.clientele.app.ui.project;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import org.clientele.app.ui.WorkbenchState;
import org.clientele.app.ui.campaign.CampaignViewModel;
import org.clientele.app.ui.common.BackgroundWork;
import org.clientele.app.ui.common.ErrorDialogService;
import org.clientele.app.ui.common.TaskRunner;
import org.clientele.app.ui.data.DataViewModel;
import org.clientele.app.ui.segments.SegmentsViewModel;
import org.clientele.core.analysis.MonitoringRun;
import org.clientele.core.analysis.OpenedDataset;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.analysis.TrainingResult;
import org.clientele.core.io.TempFolders;
import org.clientele.core.project.DataReference;
import org.clientele.core.project.OpenedProject;
import org.clientele.core.project.Project;
import org.clientele.core.project.ProjectArchive;
import org.clientele.core.project.ReadSettings;
import org.clientele.core.project.SegmentRunSettings;
import org.clientele.core.project.SegmentSettings;
import org.clientele.core.segment.Algorithm;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The workbench's saved analysis: what is saved (the open file and how it was read, the segmentation's
 * settings and renames, the trained models, the campaign scenarios), re-opening it step by step (data,
 * then segments, then names and models), and whether anything changed since the last save.
 */
public final class ProjectViewModel {

    static final String CLASSIFIER = "segment-classifier";
    static final String SPEND = "spend-model";

    /** Asks the user what to do when a project's data file is not where it was, or differs. */
    public interface DataQuestions {
        /** @return where the file is now, or null to give up */
        Path locate(Path recorded);

        /** @return true to go on with the changed file */
        boolean acceptChanged(Path file);
    }

    private final WorkbenchState state;
    private final DataViewModel data;
    private final SegmentsViewModel segments;
    private final CampaignViewModel campaign;
    private final TaskRunner runner;
    private final ErrorDialogService dialogs;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private boolean restoring;
    private boolean recovered;

    public ProjectViewModel(WorkbenchState state, DataViewModel data, SegmentsViewModel segments,
                            CampaignViewModel campaign, TaskRunner runner, ErrorDialogService dialogs) {
        this.state = state;
        this.data = data;
        this.segments = segments;
        this.campaign = campaign;
        this.runner = runner;
        this.dialogs = dialogs;
        ChangeListener<Object> changed = (obs, old, now) -> markDirty();
        state.segmentationProperty().addListener(changed);
        state.segmentClassifierProperty().addListener(changed);
        state.spendModelProperty().addListener(changed);
        campaign.scenarios().addListener((ListChangeListener<Object>) c -> markDirty());
    }

    private void markDirty() {
        if (!restoring && state.datasetProperty().get() != null) {
            dirty.set(true);
        }
    }

    public boolean canSave() {
        return state.datasetProperty().get() != null && !busy.get();
    }

    /**
     * What would be saved now, read from the tabs on the FX thread; the data file's checksum is left to the
     * caller, which takes it in the background (hashing a large file would freeze the window).
     */
    Function<DataReference, Project> snapshot() {
        OpenedDataset d = state.datasetProperty().get();
        SegmentationReport s = state.segmentationProperty().get();
        SegmentRunSettings run = s == null ? null : SegmentRunSettings.of(s);
        SegmentSettings settings = run != null ? run.settings() : SegmentSettings.of(segments.options(null));
        Map<Integer, String> names = run != null ? run.customNames() : Map.of();
        List<String> models = new ArrayList<>();
        if (state.segmentClassifierProperty().get() != null) {
            models.add(CLASSIFIER);
        }
        if (state.spendModelProperty().get() != null) {
            models.add(SPEND);
        }
        ReadSettings read = ReadSettings.of(d.options());
        List<org.clientele.core.project.RoiScenario> scenarios = List.copyOf(campaign.scenarios());
        String saved = Instant.now().toString();
        return data -> new Project(Project.SCHEMA_VERSION, "workbench", saved, data, read, settings, names, scenarios,
                models);
    }

    /** Saves to {@code target} in the background; {@code recovery} saves leave the file name and the dirty flag alone. */
    public void save(Path target, boolean recovery, Runnable afterSave) {
        if (!canSave()) {
            return;
        }
        Function<DataReference, Project> project = snapshot();
        OpenedDataset d = state.datasetProperty().get();
        TrainingResult classifier = state.segmentClassifierProperty().get();
        TrainingResult spend = state.spendModelProperty().get();
        if (!recovery) {
            busy.set(true);
        }
        BackgroundWork.of(recovery ? "Autosaving the analysis" : "Saving " + target.getFileName(), p -> {
                    Path work = TempFolders.create("clientele-save");
                    try {
                        Map<String, Path> dirs = new LinkedHashMap<>();
                        writeModel(work, CLASSIFIER, classifier, d, dirs);
                        writeModel(work, SPEND, spend, d, dirs);
                        ProjectArchive.save(target, project.apply(DataReference.of(d.file())), dirs, true);
                        return target;
                    } finally {
                        TempFolders.delete(work);
                    }
                })
                .onSucceeded(saved -> {
                    if (!recovery) {
                        file.set(saved);
                        dirty.set(false);
                    }
                    if (afterSave != null) {
                        afterSave.run();
                    }
                })
                .onFailed(e -> {
                    if (!recovery) {
                        dialogs.showError("Could not save the analysis", e);
                    }
                })
                .onFinished(() -> busy.set(false))
                .runWith(runner);
    }

    private static void writeModel(Path work, String name, TrainingResult model, OpenedDataset d, Map<String, Path> dirs) {
        if (model == null) {
            return;
        }
        Path dir = work.resolve(name);
        model.bundle().save(dir);
        MonitoringRun.reference(d.file(), d.customerTable(), model.bundle()).save(dir);
        dirs.put(name, dir);
    }

    /**
     * Opens a project: reads it, finds its data (asking when it moved or changed), opens the data, re-runs
     * the segmentation with its settings and seed, then puts back the names, models and scenarios.
     */
    public void open(Path projectFile, DataQuestions questions, Consumer<Path> whenDone) {
        open(projectFile, questions, whenDone, false);
    }

    /** @param recovered an autosave: once restored it has no file of its own and counts as unsaved */
    public void open(Path projectFile, DataQuestions questions, Consumer<Path> whenDone, boolean recovered) {
        this.recovered = recovered;
        busy.set(true);
        BackgroundWork.of("Opening " + projectFile.getFileName(),
                        p -> ProjectArchive.open(projectFile, TempFolders.create("clientele-project")))
                .onSucceeded(opened -> locateData(opened, questions, whenDone))
                .onFailed(e -> {
                    busy.set(false);
                    dialogs.showError("Could not open " + projectFile.getFileName(), e);
                })
                .runWith(runner);
    }

    private void locateData(OpenedProject opened, DataQuestions questions, Consumer<Path> whenDone) {
        Project project = opened.project();
        Path dataFile = Path.of(project.data().path());
        DataReference.Status status = project.data().check(dataFile);
        while (status == DataReference.Status.MISSING) {
            dataFile = questions.locate(dataFile);
            if (dataFile == null) {
                busy.set(false);
                return;
            }
            status = project.data().check(dataFile);
        }
        if (status == DataReference.Status.CHANGED && !questions.acceptChanged(dataFile)) {
            busy.set(false);
            return;
        }
        restoring = true;
        Path chosen = dataFile;
        ChangeListener<OpenedDataset> onOpened = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends OpenedDataset> obs, OpenedDataset old,
                                OpenedDataset now) {
                if (now != null) {
                    state.datasetProperty().removeListener(this);
                    restoreSegmentation(opened, whenDone);
                }
            }
        };
        state.datasetProperty().addListener(onOpened);
        data.open(chosen, project.read().toOptions());
        // A failed open leaves the listener waiting; the next opened file would wrongly trigger it.
        data.openingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (!now) {
                    data.openingProperty().removeListener(this);
                    if (state.datasetProperty().get() == null || !state.datasetProperty().get().file().equals(chosen)) {
                        state.datasetProperty().removeListener(onOpened);
                        restoring = false;
                        busy.set(false);
                    }
                }
            }
        });
    }

    private void restoreSegmentation(OpenedProject opened, Consumer<Path> whenDone) {
        Project project = opened.project();
        SegmentSettings s = project.segmentation();
        segments.algorithmProperty().set(Algorithm.parse(s.algorithm()));
        segments.kMinProperty().set(s.kMin());
        segments.kMaxProperty().set(s.kMax());
        segments.seedProperty().set(s.seed());
        segments.transformProperty().set(s.transform());
        OpenedDataset d = state.datasetProperty().get();
        for (String column : d.customerTable().numericFeatureColumns()) {
            segments.setFeature(column, s.features().contains(column));
        }
        state.segmentationProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends SegmentationReport> obs,
                                SegmentationReport old, SegmentationReport now) {
                if (now != null) {
                    state.segmentationProperty().removeListener(this);
                    project.segmentNames().forEach(segments::rename);
                    restoreModels(opened, d);
                    TempFolders.delete(opened.modelsDir());
                    campaign.scenarios().setAll(project.roiScenarios());
                    file.set(recovered ? null : opened.file());
                    restoring = false;
                    dirty.set(recovered);
                    busy.set(false);
                    if (whenDone != null) {
                        whenDone.accept(opened.file());
                    }
                }
            }
        });
        segments.runningProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (!now) {
                    segments.runningProperty().removeListener(this);
                    if (state.segmentationProperty().get() == null) { // failed or cancelled: the error is shown already
                        restoring = false;
                        busy.set(false);
                    }
                }
            }
        });
        if (s.k() == null) {
            segments.run();
        } else {
            segments.pickK(s.k());
        }
    }

    private void restoreModels(OpenedProject opened, OpenedDataset d) {
        int rows = d.customerTable().rowCount();
        if (opened.project().models().contains(CLASSIFIER)) {
            var bundle = opened.model(CLASSIFIER);
            state.segmentClassifierProperty().set(new TrainingResult(bundle.report(), bundle, rows, List.of()));
        }
        if (opened.project().models().contains(SPEND)) {
            var bundle = opened.model(SPEND);
            state.spendModelProperty().set(new TrainingResult(bundle.report(), bundle, rows, List.of()));
        }
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
