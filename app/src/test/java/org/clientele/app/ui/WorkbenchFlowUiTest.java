package org.clientele.app.ui;

import io.fair_acc.chartfx.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.clientele.core.analysis.SegmentationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analyst's main journey through the real window, one tab after another: the sample opens,
 * Segments runs and a k is picked, the Map shows every customer, Models trains the classifier, Lookup
 * assigns typed values to a segment, and Export writes the chosen customers.
 */
class WorkbenchFlowUiTest extends WorkbenchWindowFixture {

    @Start
    void start(Stage stage) {
        startWorkbench(stage);
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void sampleToSegmentsToMapToLookupToExport(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(window::openSample);
        await(() -> window.state().datasetProperty().get() != null);
        int customers = window.state().datasetProperty().get().customerTable().rowCount();

        robot.type(javafx.scene.input.KeyCode.DIGIT3, 1); // no modifier: must not switch tabs
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.DIGIT3)
                .release(javafx.scene.input.KeyCode.CONTROL);
        assertEquals("Segments", window.tabs().getSelectionModel().getSelectedItem().getText(), "Ctrl+3 opens Segments");
        robot.clickOn("#segments-run");
        await(() -> window.state().segmentationProperty().get() != null && !window.state().runner().runningProperty().get());
        SegmentationReport auto = window.state().segmentationProperty().get();
        int other = auto.result().k() == 3 ? 4 : 3;
        robot.interact(() -> robot.lookup("#segments-pick-k").queryAs(javafx.scene.control.Spinner.class)
                .getValueFactory().setValue(other));
        robot.clickOn("#segments-use-k");
        await(() -> window.state().segmentationProperty().get().result().k() == other
                && !window.state().runner().runningProperty().get());

        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#tab-map");
        WaitForAsyncUtils.waitForFxEvents();
        XYChart map = robot.lookup("#map-chart").queryAs(XYChart.class);
        assertEquals(other, map.getAllDatasets().size(), "one colour per segment");
        assertEquals(customers, map.getAllDatasets().stream().mapToInt(d -> d.getDataCount()).sum());

        robot.clickOn("#tab-models");
        robot.clickOn("#models-classifier-xgboost"); // majority and logistic are enough for the journey
        robot.clickOn("#models-train-classifier");
        await(() -> window.state().segmentClassifierProperty().get() != null);

        robot.clickOn("#tab-lookup");
        TextField frequency = robot.lookup("#lookup-field-frequency").queryAs(TextField.class);
        robot.doubleClickOn(frequency).eraseText(frequency.getText().length()).write("30");
        TextField recency = robot.lookup("#lookup-field-recency_days").queryAs(TextField.class);
        robot.doubleClickOn(recency).eraseText(recency.getText().length()).write("2");
        await(() -> !robot.lookup("#lookup-segment").queryAs(Label.class).getText().isBlank());
        String segment = robot.lookup("#lookup-segment").queryAs(Label.class).getText();
        List<String> names = window.state().segmentationProperty().get().explanations().stream()
                .map(e -> e.label().displayName()).toList();
        assertTrue(names.stream().anyMatch(segment::contains), segment + " names one of " + names);
        // The name and the bars come from the same prediction; under load the bars may land a pulse later.
        GridPane bars = robot.lookup("#lookup-probabilities").queryAs(GridPane.class);
        await(() -> bars.getChildren().size() == 3 * other);
        assertEquals(3 * other, bars.getChildren().size(), "a label, a bar and a value per segment");

        robot.clickOn("#tab-export");
        WaitForAsyncUtils.waitForFxEvents();
        int firstSize = window.state().segmentationProperty().get().segments().get(0).size();
        robot.interact(() -> window.exportViewModel().segments().get(0).selectedProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#export-count").queryAs(Label.class).getText()
                .startsWith(String.format("%,d customer", customers - firstSize)));
        Path list = dir.resolve("list.csv");
        robot.interact(() -> window.exportViewModel().export(list));
        await(() -> Files.exists(list));
        List<String> lines = Files.readAllLines(list);
        assertEquals(customers - firstSize + 1, lines.size(), "header + every customer outside the unticked segment");
        assertTrue(lines.get(0).startsWith("customer_id,segment,segment_name"), lines.get(0));
        assertFalse(lines.stream().skip(1).anyMatch(l -> l.split(",")[1].equals("0")));
    }
}
