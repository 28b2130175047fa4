package org.clientele.app.ui.models;

import org.clientele.app.ui.WorkbenchState;
import org.clientele.app.ui.common.DirectTaskRunner;
import org.clientele.app.ui.common.ErrorDialogService;
import org.clientele.app.ui.common.RecordingErrorDialogs;
import org.clientele.app.ui.common.TaskRunner;
import org.clientele.app.ui.common.FxTaskRunner;
import org.clientele.core.analysis.DatasetOpener;
import org.clientele.core.analysis.OpenedDataset;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.analysis.SegmentationRun;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.predict.ClassifierModels;
import org.clientele.core.predict.RegressionModels;
import org.clientele.core.segment.SegmentOptions;
import org.clientele.core.task.Progress;
import org.clientele.sample.SampleDatasets;

import java.util.List;

/** The bundled sample opened and segmented once, for the Models and Lookup tests. */
public final class SampleModels {

    private static OpenedDataset dataset;
    private static SegmentationReport segmentation;

    private SampleModels() {
    }

    public static synchronized OpenedDataset dataset() throws Exception {
        if (dataset == null) {
            dataset = DatasetOpener.open(SampleDatasets.extract(SampleDatasets.defaultDataset().name()),
                    ReadOptions.DEFAULT, Progress.NONE);
        }
        return dataset;
    }

    /** A quick segmentation of the sample's customers, as the Segments tab would publish it. */
    public static synchronized SegmentationReport segmentation() throws Exception {
        if (segmentation == null) {
            OpenedDataset d = dataset();
            segmentation = SegmentationRun.run(d.file(), d.customerTable(),
                    SegmentOptions.DEFAULT.withRange(3, 5).withBootstrap(0), Progress.NONE);
        }
        return segmentation;
    }

    /** Workbench state with the sample open and segmented. */
    public static WorkbenchState segmentedState() throws Exception {
        WorkbenchState state = new WorkbenchState(new FxTaskRunner());
        state.datasetProperty().set(dataset());
        state.segmentationProperty().set(segmentation());
        return state;
    }

    /** A Models view model with a fast set of classifiers that trains synchronously. */
    public static ModelsViewModel fastModels(WorkbenchState state) {
        return fastModels(state, new DirectTaskRunner(), new RecordingErrorDialogs());
    }

    /** The same with the runner and dialog service a test watches. */
    public static ModelsViewModel fastModels(WorkbenchState state, TaskRunner runner, ErrorDialogService dialogs) {
        ModelsViewModel vm = new ModelsViewModel(state, runner, dialogs,
                List.of(ClassifierModels.MAJORITY, ClassifierModels.LOGISTIC), 20);
        vm.spendModels().forEach((name, on) -> on.set(name.equals(RegressionModels.MEAN)
                || name.equals(RegressionModels.LINEAR)));
        return vm;
    }
}
