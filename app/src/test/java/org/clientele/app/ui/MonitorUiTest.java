package org.clientele.app.ui;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.clientele.app.cli.ClienteleCli;
import org.clientele.app.ui.common.PngExport;
import org.clientele.app.ui.models.MonitorViewModel;
import org.clientele.app.ui.models.SampleModels;
import org.clientele.core.monitor.PopulationStability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Models tab's drift check: the sample against itself is stable; its customers spending five times as much call for retraining. */
class MonitorUiTest extends WorkbenchWindowFixture {

    @Start
    void start(Stage stage) {
        startWorkbench(stage);
    }

    @Test
    void aNewerFileIsComparedWithTheTrainingData(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(window::openSample);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.state().datasetProperty().get() != null);
        Path sample = window.state().datasetProperty().get().file();
        var segmentation = SampleModels.segmentation();
        robot.interact(() -> window.state().segmentationProperty().set(segmentation));
        robot.clickOn("Models");
        robot.clickOn("Check newer customers (drift)");
        Label verdict = robot.lookup("#models-monitor-verdict").queryAs(Label.class);
        assertTrue(verdict.getText().startsWith("Train a model first"), verdict.getText());

        robot.clickOn("Assign new customers to segments");
        robot.clickOn("#models-classifier-xgboost");
        robot.clickOn("#models-train-classifier");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.state().segmentClassifierProperty().get() != null);
        robot.clickOn("Check newer customers (drift)");
        MonitorViewModel monitor = window.monitorViewModel();

        robot.interact(() -> monitor.check(sample));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> monitor.reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(PopulationStability.Verdict.STABLE, monitor.reportProperty().get().verdict());
        assertTrue(verdict.getText().startsWith("Stable"), verdict.getText());

        Path richer = richerCustomers(sample, dir);
        robot.interact(() -> monitor.check(richer));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> monitor.reportProperty().get() != null && richer.equals(monitor.comparedFileProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(verdict.getText().startsWith("Retrain"), verdict.getText());
        TableView<?> features = robot.lookup("#models-monitor-features").queryAs(TableView.class);
        assertEquals(monitor.reportProperty().get().features().size(), features.getItems().size());
        String dirName = System.getProperty("clientele.snapshots");
        if (dirName != null) {
            Files.createDirectories(Path.of(dirName));
            robot.interact(() -> PngExport.write(stage.getScene().getRoot(), Path.of(dirName, "monitor.png")));
        }
    }

    /** The sample's customer table with every customer's spend multiplied by five. */
    private static Path richerCustomers(Path sample, Path dir) throws Exception {
        Path customers = dir.resolve("customers.csv");
        assertEquals(0, ClienteleCli.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "rfm", sample.toString(), "--out", customers.toString()));
        List<String> lines = Files.readAllLines(customers);
        int monetary = List.of(lines.get(0).split(",")).indexOf("monetary");
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            cells[monetary] = Double.toString(Double.parseDouble(cells[monetary]) * 5);
            out.add(String.join(",", cells));
        }
        return Files.write(dir.resolve("richer.csv"), out);
    }
}
