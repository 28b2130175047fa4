package org.clientele.app.ui.models;

import org.clientele.app.ui.WorkbenchState;
import org.clientele.app.ui.common.DirectTaskRunner;
import org.clientele.app.ui.common.FxTaskRunner;
import org.clientele.app.ui.common.RecordingErrorDialogs;
import org.clientele.core.analysis.TrainingResult;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelsViewModelTest {

    @Test
    void trainsTheSegmentClassifierOnTheSegmentationInMemory() throws Exception {
        WorkbenchState state = SampleModels.segmentedState();
        RecordingErrorDialogs dialogs = new RecordingErrorDialogs();
        ModelsViewModel vm = SampleModels.fastModels(state, new DirectTaskRunner(), dialogs);
        assertTrue(vm.canTrainClassifier().get());
        assertTrue(vm.classifierStatus().get().contains("train to compare"), vm.classifierStatus().get());

        vm.trainClassifier();

        assertTrue(dialogs.shown().isEmpty(), () -> dialogs.shown().toString());
        TrainingResult r = state.segmentClassifierProperty().get();
        assertNotNull(r);
        assertEquals(List.of("majority", "logistic"), r.report().models().stream().map(m -> m.name()).toList());
        assertEquals("logistic", r.report().best());
        int k = state.segmentationProperty().get().result().k();
        assertEquals(k, r.bestMetrics().confusion().length);
        assertEquals(r.bestMetrics().n(), Arrays.stream(r.bestMetrics().confusion()).flatMapToInt(Arrays::stream).sum());
        assertTrue(vm.classifierStatus().get().startsWith("Best segment classifier: logistic"), vm.classifierStatus().get());
        assertFalse(vm.trainingClassifierProperty().get());
    }

    @Test
    void trainsTheSpendModelOnMonetaryByDefault() throws Exception {
        WorkbenchState state = SampleModels.segmentedState();
        RecordingErrorDialogs dialogs = new RecordingErrorDialogs();
        ModelsViewModel vm = SampleModels.fastModels(state, new DirectTaskRunner(), dialogs);
        assertEquals("monetary", vm.targetProperty().get());
        assertTrue(vm.targets().contains("frequency"));
        assertEquals(List.of("mean", "linear"), vm.chosenSpendModels());

        vm.trainSpend();

        assertTrue(dialogs.shown().isEmpty(), () -> dialogs.shown().toString());
        TrainingResult r = state.spendModelProperty().get();
        assertEquals("monetary", r.report().target());
        assertEquals(2, r.report().models().size());
        assertFalse(r.heldOut().isEmpty());
        assertFalse(r.report().importances().isEmpty());
        assertFalse(r.report().features().contains("monetary"));
    }

    @Test
    void explainsWhatToDoBeforeASegmentationExists() {
        WorkbenchState state = new WorkbenchState(new FxTaskRunner());
        ModelsViewModel vm = new ModelsViewModel(state, new DirectTaskRunner(), new RecordingErrorDialogs());
        assertFalse(vm.canTrainClassifier().get());
        assertTrue(vm.classifierStatus().get().startsWith("Open a file"));
        vm.trainClassifier();
        assertNull(state.segmentClassifierProperty().get());
    }

    @Test
    void cancellingATrainingLeavesBothButtonsUsableAndShowsNoError() throws Exception {
        WorkbenchState state = SampleModels.segmentedState();
        RecordingErrorDialogs dialogs = new RecordingErrorDialogs();
        ModelsViewModel vm = SampleModels.fastModels(state, DirectTaskRunner.cancelledByUser(), dialogs);

        vm.trainClassifier();
        vm.trainSpend();

        assertFalse(vm.trainingClassifierProperty().get(), "Cancel returns the classifier to idle");
        assertFalse(vm.trainingSpendProperty().get(), "Cancel returns the spend model to idle");
        assertTrue(vm.canTrainClassifier().get(), "and it can be trained again");
        assertTrue(vm.canTrainSpend().get());
        assertNull(state.segmentClassifierProperty().get());
        assertNull(state.spendModelProperty().get());
        assertTrue(dialogs.shown().isEmpty(), () -> dialogs.shown().toString());
    }

    @Test
    void aFailedTrainingIsReportedOnceAndLeavesTheTabIdle() throws Exception {
        WorkbenchState state = SampleModels.segmentedState();
        RecordingErrorDialogs dialogs = new RecordingErrorDialogs();
        ModelsViewModel vm = SampleModels.fastModels(state, new DirectTaskRunner(), dialogs);
        vm.targetProperty().set("no_such_column");

        vm.trainSpend();

        assertEquals("Could not train the spend model", dialogs.single().title());
        assertFalse(dialogs.single().text().isBlank());
        assertFalse(vm.trainingSpendProperty().get());
        assertNull(state.spendModelProperty().get());
    }

    @Test
    void noClassifierChosenDoesNotLeaveTheTabTraining() throws Exception {
        WorkbenchState state = SampleModels.segmentedState();
        ModelsViewModel vm = SampleModels.fastModels(state);
        vm.classifierModels().values().forEach(on -> on.set(false));
        vm.trainClassifier();
        assertFalse(vm.trainingClassifierProperty().get(), "nothing to train: the button stays usable");
    }

    @Test
    void defaultTargetPrefersMonetaryThenSpendWords() {
        assertEquals("monetary", ModelsViewModel.defaultTarget(List.of("age", "total_spend", "monetary")));
        assertEquals("total_spend", ModelsViewModel.defaultTarget(List.of("age", "total_spend")));
        assertEquals("age", ModelsViewModel.defaultTarget(List.of("age", "visits")));
        assertNull(ModelsViewModel.defaultTarget(List.of()));
    }
}
