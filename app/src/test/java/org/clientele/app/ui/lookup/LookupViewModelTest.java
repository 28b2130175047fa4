package org.clientele.app.ui.lookup;

import org.clientele.app.ui.WorkbenchState;
import org.clientele.app.ui.common.FxTaskRunner;
import org.clientele.app.ui.models.ModelsViewModel;
import org.clientele.app.ui.models.SampleModels;
import org.clientele.core.data.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LookupViewModelTest {

    static WorkbenchState state;

    @BeforeAll
    static void train() throws Exception {
        state = SampleModels.segmentedState();
        ModelsViewModel models = SampleModels.fastModels(state);
        models.trainClassifier();
        models.trainSpend();
        assertNotNull(state.segmentClassifierProperty().get());
        assertNotNull(state.spendModelProperty().get());
    }

    static LookupField field(LookupViewModel vm, String feature) {
        return vm.fields().stream().filter(f -> f.feature().equals(feature)).findFirst().orElseThrow();
    }

    @Test
    void typedValuesGiveASegmentWithItsNameAndASpend() {
        LookupViewModel vm = new LookupViewModel(state);
        assertNull(vm.segmentPlaceholder());
        assertNull(vm.spendPlaceholder());
        assertTrue(vm.fields().stream().anyMatch(f -> f.feature().equals("frequency")));
        field(vm, "recency_days").textProperty().set("5");
        field(vm, "frequency").textProperty().set("12");
        vm.predict();

        LookupViewModel.Result r = vm.resultProperty().get();
        assertNotNull(r.segment());
        assertFalse(r.segment().name().isBlank());
        assertEquals(state.segmentationProperty().get().result().k(), r.segment().probabilities().size());
        double sum = r.segment().probabilities().stream().mapToDouble(LookupViewModel.Probability::probability).sum();
        assertEquals(1, sum, 1e-6);
        assertFalse(r.segment().action().isBlank(), "the segmentation's recommended action is shown");
        assertNotNull(r.spend());
        assertTrue(Double.isFinite(r.spend().value()));
        assertEquals("monetary", r.spend().target());
        assertFalse(r.spend().reasons().isEmpty(), "the linear model explains its prediction");
        for (int i = 1; i < r.spend().reasons().size(); i++) {
            assertTrue(Math.abs(r.spend().reasons().get(i - 1).value()) >= Math.abs(r.spend().reasons().get(i).value()));
        }
    }

    @Test
    void invalidTextIsFlaggedAndTreatedAsUnknown() {
        LookupViewModel vm = new LookupViewModel(state);
        LookupField f = field(vm, "frequency");
        f.textProperty().set("twelve");
        assertEquals(LookupField.Check.INVALID, f.check());
        assertTrue(f.problemProperty().get().contains("not a number"));
        vm.predict();
        assertTrue(vm.resultProperty().get().imputed().contains("frequency"));
        f.textProperty().set("1e9");
        assertEquals(LookupField.Check.OUTSIDE, f.check());
        f.textProperty().set(LookupField.plain(f.range().median()));
        assertEquals(LookupField.Check.OK, f.check());
    }

    @Test
    void pickingACustomerFillsTheFormWithTheirValues() throws Exception {
        LookupViewModel vm = new LookupViewModel(state);
        Table customers = SampleModels.dataset().customerTable();
        String id = vm.customerIds().get(10);
        int row = 10;
        assertEquals(id, customers.text(row, customers.columnIndex(customers.idColumn())));
        assertTrue(vm.fillFromCustomer(id));
        double frequency = customers.number(row, customers.columnIndex("frequency"));
        assertEquals(frequency, field(vm, "frequency").value(), 1e-9);
        assertFalse(vm.fillFromCustomer("no such id"));
        // The customer the segmentation put in a segment is predicted into a segment with a name.
        assertFalse(vm.resultProperty().get().segment().name().isBlank());
    }

    @Test
    void placeholdersSayWhatToDoFirst() throws Exception {
        WorkbenchState empty = new WorkbenchState(new FxTaskRunner());
        LookupViewModel vm = new LookupViewModel(empty);
        assertTrue(vm.segmentPlaceholder().startsWith("Open a file"));
        empty.datasetProperty().set(SampleModels.dataset());
        assertEquals("Run a segmentation in the Segments tab, then train the classifier in Models.",
                vm.segmentPlaceholder());
        assertTrue(vm.spendPlaceholder().contains("Train a spend model"));
        assertTrue(vm.fields().isEmpty());
        assertNull(vm.resultProperty().get());
    }
}
