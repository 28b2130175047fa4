package org.clientele.app.ui;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.dataset.DataSet;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.clientele.app.ui.common.PngExport;
import org.clientele.core.analysis.SegmentationReport;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Segments then Map on the bundled sample: run, see cards and the sweep, pick k, rename, map the points. */
class SegmentsTabUiTest extends WorkbenchWindowFixture {

    @Start
    void start(Stage stage) {
        startWorkbench(stage);
    }

    /** Set -Dclientele.shots=DIR to save snapshots of both tabs while the test runs. */
    private static final String SHOTS = System.getProperty("clientele.shots");

    private SegmentationReport waitForReport(java.util.function.Predicate<SegmentationReport> done) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> {
            SegmentationReport r = window.state().segmentationProperty().get();
            return r != null && done.test(r) && !window.state().runner().runningProperty().get();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window.state().segmentationProperty().get();
    }

    private void shot(FxRobot robot, String name) {
        if (SHOTS != null) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.sleep(300);
            robot.interact(() -> PngExport.write(window.root(), Path.of(SHOTS, name + ".png")));
        }
    }

    @Test
    void runsPicksKRenamesAndMapsTheSegments(FxRobot robot) throws Exception {
        robot.interact(window::openSample);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.dataViewModel().datasetProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#tab-segments");
        robot.clickOn("#segments-run");
        SegmentationReport first = waitForReport(r -> true);
        int autoK = first.result().k();

        Set<Node> cards = robot.lookup(".segment-card").queryAll();
        assertEquals(autoK, cards.size());
        XYChart inertia = robot.lookup("#sweep-inertia").queryAs(XYChart.class);
        int swept = inertia.getAllDatasets().get(0).getDataCount();
        assertEquals(first.result().sweep().size(), swept);
        assertEquals(6, swept, "k = 3..8 swept");
        // the sentence explaining k sits above the charts; each card says how stable its segment is
        javafx.scene.control.Label sentence = robot.lookup("#segments-k-choice").queryAs(javafx.scene.control.Label.class);
        assertEquals(first.result().kChoice().sentence(), sentence.getText());
        assertTrue(sentence.isVisible() && sentence.getText().startsWith("k = " + autoK + " of 3–8: "), sentence.getText());
        assertEquals(swept, robot.lookup("#sweep-gap").queryAs(XYChart.class).getAllDatasets().get(0).getDataCount());
        assertEquals(swept, robot.lookup("#sweep-stability").queryAs(XYChart.class).getAllDatasets().get(0).getDataCount());
        for (int id = 0; id < autoK; id++) {
            javafx.scene.control.Label solid = robot.lookup("#segment-stability-" + id)
                    .queryAs(javafx.scene.control.Label.class);
            assertTrue(solid.getText().matches("Stability \\d\\.\\d\\d \\(.+\\)\\."), solid.getText());
        }
        shot(robot, "segments-k");

        // pick another k with the spinner next to the charts
        int other = autoK == 3 ? 4 : 3;
        robot.interact(() -> robot.lookup("#segments-pick-k").queryAs(javafx.scene.control.Spinner.class)
                .getValueFactory().setValue(other));
        robot.clickOn("#segments-use-k");
        SegmentationReport picked = waitForReport(r -> r.result().k() == other);
        assertEquals("user", picked.result().kChosenBy());
        assertEquals(swept, robot.lookup("#sweep-inertia").queryAs(XYChart.class).getAllDatasets().get(0).getDataCount(),
                "the automatic sweep stays on the chart");

        // rename the first segment on its card
        robot.clickOn("#tab-segments-segments");
        shot(robot, "segments-cards");
        TextField name = robot.lookup("#segment-name-0").queryAs(TextField.class);
        robot.doubleClickOn(name).eraseText(name.getText().length() + 5).write("Best friends").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Best friends", window.state().segmentationProperty().get().segmentName(0));
        assertEquals(other, robot.lookup(".segment-card").queryAll().size());

        robot.clickOn("#tab-segments-profile");
        shot(robot, "segments-profile");
        if (picked.rfm() != null) {
            robot.clickOn("#tab-segments-rfm");
            assertTrue(robot.lookup("#rfm-segments").queryAs(TableView.class).getItems().size() > 3);
            shot(robot, "segments-rfm");
        }

        robot.clickOn("#tab-map");
        WaitForAsyncUtils.waitForFxEvents();
        XYChart map = robot.lookup("#map-chart").queryAs(XYChart.class);
        assertEquals(other, map.getAllDatasets().size(), "one dataset per segment");
        int points = map.getAllDatasets().stream().mapToInt(DataSet::getDataCount).sum();
        assertEquals(picked.rowIds().size(), points, "every customer of the sample is drawn");
        assertTrue(map.getAllDatasets().get(0).getName().startsWith("Best friends"), "the map shows the new name");
        assertTrue(map.getXAxis().getName().matches("PC1 \\(\\d+% of variance\\)"), map.getXAxis().getName());

        // drag a rectangle over the middle of the plot: customers are listed
        var plot = map.getCanvas();
        var bounds = plot.localToScreen(plot.getBoundsInLocal());
        robot.drag(bounds.getMinX() + 5, bounds.getMinY() + 5, javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(new javafx.geometry.Point2D(bounds.getMaxX() - 5, bounds.getMaxY() - 5)).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> selection = robot.lookup("#map-selection").queryAs(TableView.class);
        assertTrue(selection.getItems().size() > 0, "a rectangle over the plot selects customers");
        shot(robot, "map");
    }

    @Test
    void consensusShowsHowFarTheAlgorithmsAgreePerSegment(FxRobot robot) throws Exception {
        robot.interact(window::openSample);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.dataViewModel().datasetProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#tab-segments");
        robot.interact(() -> {
            robot.lookup("#segments-algorithm").queryAs(javafx.scene.control.ComboBox.class)
                    .getSelectionModel().select(org.clientele.core.segment.Algorithm.CONSENSUS);
            robot.lookup("#segments-kmax").queryAs(javafx.scene.control.Spinner.class).getValueFactory().setValue(5);
        });
        robot.clickOn("#segments-run");
        SegmentationReport r = waitForReport(x -> x.result().consensus() != null);
        String summary = robot.lookup("#segments-summary").queryAs(javafx.scene.control.Label.class).getText();
        assertTrue(summary.startsWith("Consensus: " + r.result().k() + " segments"), summary);
        assertTrue(summary.contains("k-means vs Gaussian mixture ARI "), summary);
        robot.clickOn("#tab-segments-segments");
        for (int id = 0; id < r.result().k(); id++) {
            String text = robot.lookup("#segment-stability-" + id).queryAs(javafx.scene.control.Label.class).getText();
            assertTrue(text.matches("Stability \\d\\.\\d\\d \\(.+\\); the algorithms agree \\d\\.\\d\\d "
                    + "\\(kmeans \\d\\.\\d\\d, gmm \\d\\.\\d\\d, ward \\d\\.\\d\\d\\)\\."), text);
        }
        shot(robot, "segments-consensus-cards");
        robot.clickOn("#tab-segments-choose-k");
        shot(robot, "segments-consensus-k");
    }
}
