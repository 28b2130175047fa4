package org.clientele.app.ui.models;

import org.clientele.app.ui.WorkbenchState;
import org.clientele.app.ui.common.FxTaskRunner;
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
        ModelsViewModel vm = SampleModels.fastModels(state);
        assertTrue(vm.canTrainClassifier().get());
        assertTrue(vm.classifierStatus().get().contains("train to compare"), vm.classifierStatus().get());

        vm.trainClassifier();

        assertNull(vm.errorProperty().get(), () -> String.valueOf(vm.errorProperty().get()));
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
        ModelsViewModel vm = SampleModels.fastModels(state);
        assertEquals("monetary", vm.targetProperty().get());
        assertTrue(vm.targets().contains("frequency"));
        assertEquals(List.of("mean", "linear"), vm.chosenSpendModels());

        vm.trainSpend();

        assertNull(vm.errorProperty().get(), () -> String.valueOf(vm.errorProperty().get()));
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
        ModelsViewModel vm = new ModelsViewModel(state, new org.clientele.app.ui.common.DirectTaskRunner());
        assertFalse(vm.canTrainClassifier().get());
        assertTrue(vm.classifierStatus().get().startsWith("Open a file"));
        vm.trainClassifier();
        assertNull(state.segmentClassifierProperty().get());
    }

    @Test
    void defaultTargetPrefersMonetaryThenSpendWords() {
        assertEquals("monetary", ModelsViewModel.defaultTarget(List.of("age", "total_spend", "monetary")));
        assertEquals("total_spend", ModelsViewModel.defaultTarget(List.of("age", "total_spend")));
        assertEquals("age", ModelsViewModel.defaultTarget(List.of("age", "visits")));
        assertNull(ModelsViewModel.defaultTarget(List.of()));
    }
}
