package org.clientele.app.ui;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clientele.app.ui.export.ExportViewModel;
import org.clientele.core.analysis.OpenedDataset;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.analysis.SegmentationRun;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Export tab on the bundled sample: placeholder, then checklists, a live count, and the exported file. */
class ExportTabUiTest extends WorkbenchWindowFixture {

    @Start
    void start(Stage stage) {
        startWorkbench(stage);
    }

    @Test
    void untickingASegmentChangesTheCountAndTheExportHasItsRows(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(window::openSample);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.state().datasetProperty().get() != null);
        OpenedDataset opened = window.state().datasetProperty().get();

        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#tab-export");
        assertTrue(robot.lookup("#export-placeholder").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup("#export-list").queryAs(Button.class).isDisabled());

        SegmentationReport report = SegmentationRun.run(opened.file(), opened.customerTable(),
                SegmentOptions.DEFAULT.withK(4).withBootstrap(0), Progress.NONE);
        robot.interact(() -> window.state().segmentationProperty().set(report));
        ExportViewModel model = window.exportViewModel();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.previewProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(robot.lookup("#export-placeholder").queryAs(Label.class).isVisible());
        Label count = robot.lookup("#export-count").queryAs(Label.class);
        assertTrue(count.getText().startsWith("1,082 customers, revenue "), count.getText());
        TableView<?> preview = robot.lookup("#export-preview").queryAs(TableView.class);
        assertEquals(1_082, preview.getItems().size());

        int dropped = report.segments().get(0).id();
        int droppedSize = report.segments().get(0).size();
        CheckBox box = robot.lookup("#export-segment-" + dropped).queryAs(CheckBox.class);
        robot.clickOn(box);
        assertFalse(box.isSelected());
        int kept = 1_082 - droppedSize;
        assertTrue(count.getText().startsWith(String.format("%,d customers", kept)), count.getText());
        assertEquals(kept, preview.getItems().size());
        assertFalse(robot.lookup("#export-list").queryAs(Button.class).isDisabled());

        Path file = dir.resolve("list.csv");
        robot.interact(() -> model.export(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(file));
        List<CSVRecord> rows;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            assertEquals(List.of("customer_id", "segment", "segment_name", "confidence", "rfm_segment", "r_score",
                    "f_score", "m_score", "action", "recency_days", "frequency", "monetary"), csv.getHeaderNames());
            rows = csv.getRecords();
        }
        assertEquals(kept, rows.size());
        assertTrue(rows.stream().noneMatch(r -> r.get("segment").equals(Integer.toString(dropped))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.messageProperty().get().isEmpty());
    }
}
