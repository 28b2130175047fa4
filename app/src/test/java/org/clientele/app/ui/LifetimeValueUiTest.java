package org.clientele.app.ui;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clientele.app.ui.clv.LifetimeValueModel;
import org.clientele.app.ui.export.ExportViewModel;
import org.clientele.core.analysis.OpenedDataset;
import org.clientele.core.analysis.SegmentationRun;
import org.clientele.core.clv.CustomerClv;
import org.clientele.core.segment.SegmentOptions;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lifetime value of the bundled log in Lookup (a picked customer's figures) and as marketing-list columns. */
class LifetimeValueUiTest extends WorkbenchWindowFixture {

    @Start
    void start(Stage stage) {
        startWorkbench(stage);
    }

    @Test
    void lookupShowsACustomersLifetimeValueAndTheListCarriesIt(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(window::openSample);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.state().datasetProperty().get() != null);
        OpenedDataset opened = window.state().datasetProperty().get();
        var report = SegmentationRun.run(opened.file(), opened.customerTable(),
                SegmentOptions.DEFAULT.withK(3).withBootstrap(0), Progress.NONE);
        robot.interact(() -> window.state().segmentationProperty().set(report));

        robot.clickOn("Lookup");
        robot.clickOn("#lookup-clv-estimate");
        LifetimeValueModel clv = window.lifetimeValue();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> clv.resultProperty().get() != null);
        String id = report.rowIds().get(0);
        ComboBox<?> customer = robot.lookup("#lookup-customer").queryAs(ComboBox.class);
        robot.interact(() -> ((ComboBox<String>) customer).setValue(id));
        WaitForAsyncUtils.waitForFxEvents();
        CustomerClv expected = clv.customer(id);
        assertNotNull(expected);
        String text = robot.lookup("#lookup-clv").queryAs(Label.class).getText();
        assertTrue(text.startsWith(String.format(java.util.Locale.ROOT, "Customer %s: %.0f%% likely still active", id,
                100 * expected.probabilityAlive())), text);
        assertTrue(Double.isFinite(expected.clvLow()) && text.contains(String.format(java.util.Locale.ROOT,
                "lifetime value %,.0f (%,.0f–%,.0f)", expected.clv(), expected.clvLow(), expected.clvHigh())), text);

        robot.clickOn("#tab-export");
        ExportViewModel export = window.exportViewModel();
        CheckBox lifetime = robot.lookup("#export-lifetime").queryAs(CheckBox.class);
        assertTrue(lifetime.isVisible(), "offered for a transaction log");
        robot.clickOn(lifetime);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> export.previewProperty().get() != null
                && export.previewProperty().get().header().contains("clv"));
        Path file = dir.resolve("list.csv");
        robot.interact(() -> export.export(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(file));
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            assertTrue(csv.getHeaderNames().containsAll(List.of("p_alive", "expected_purchases", "expected_spend", "clv", "clv_low", "clv_high")),
                    csv.getHeaderNames().toString());
            int matched = 0;
            for (CSVRecord row : csv) {
                if (row.get(0).equals(id)) {
                    matched++;
                    assertEquals(expected.clv(), Double.parseDouble(row.get("clv")), Math.abs(expected.clv()) * 1e-3 + 0.01);
                }
            }
            assertEquals(1, matched, "the looked-up customer is on the list once");
        }
    }
}
