package org.clientele.app.ui;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.dataset.DataSet;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.clientele.app.ui.clv.LifetimeValueModel;
import org.clientele.app.ui.common.PngExport;
import org.clientele.core.clv.ClvResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Lifetime value tab on the bundled transaction log: run, then every chart and table has the run's data. */
class LifetimeValueViewUiTest extends WorkbenchWindowFixture {

    @Start
    void start(Stage stage) {
        startWorkbench(stage);
    }

    @Test
    void runsTheClvStageAndDrawsItsCharts(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(window::openSample);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.state().datasetProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#tab-lifetime-value");
        robot.clickOn("#clv-run");
        LifetimeValueModel clv = window.lifetimeValue();
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> clv.resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        ClvResult r = clv.resultProperty().get();
        // The default split holds out the log's last 13 weeks: the 2011-09-09 for the sample.
        assertEquals(LocalDate.parse("2011-09-09"), r.calibrationEnd());
        assertEquals(LocalDate.parse("2011-09-09"), clv.calibrationEndProperty().get());

        int weeks = r.diagnostics().tracking().weeks().size();
        for (String id : List.of("#clv-tracking-cumulative", "#clv-tracking-weekly")) {
            XYChart chart = robot.lookup(id).queryAs(XYChart.class);
            List<DataSet> sets = chart.getRenderers().get(0).getDatasets();
            assertEquals(2, sets.size(), id);
            assertEquals(weeks, sets.get(0).getDataCount(), id);
            assertTrue(chart.getPlugins().stream().anyMatch(p -> p instanceof io.fair_acc.chartfx.plugins.XValueIndicator),
                    id + " marks the calibration end");
        }
        XYChart byFrequency = robot.lookup("#clv-by-frequency").queryAs(XYChart.class);
        assertEquals(8, byFrequency.getRenderers().get(0).getDatasets().get(1).getDataCount());
        var view = robot.lookup("#clv-view").query();
        assertTrue(view.isVisible());
        assertTrue(robot.lookup("#clv-alive-heatmap").tryQuery().isPresent());
        var matrix = r.diagnostics().probabilityAliveMatrix();
        assertTrue(matrix.frequencies().size() > 1 && matrix.recencies().size() > 1);

        assertEquals(r.customerValues().size(), robot.lookup("#clv-customers").queryAs(TableView.class).getItems().size());
        assertTrue(robot.lookup("#clv-fit").queryAs(TableView.class).getItems().size() >= 10);
        assertEquals(r.holdout().size(), robot.lookup("#clv-scores").queryAs(TableView.class).getItems().size());
        String sentence = robot.lookup("#clv-seasonality").queryAs(Label.class).getText();
        assertTrue(sentence.startsWith("In the holdout (2011-09-10 to 2011-12-09)"), sentence);

        Path csv = dir.resolve("customers_clv.csv");
        robot.interact(() -> clv.exportCustomers(csv, f -> { }));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(csv));
        assertEquals(r.customerValues().size() + 1, Files.readAllLines(csv).size());

        String snapshots = System.getProperty("clientele.snapshots");
        if (snapshots != null) {
            Files.createDirectories(Path.of(snapshots));
            robot.interact(() -> PngExport.write(stage.getScene().getRoot(), Path.of(snapshots, "lifetime-value.png")));
            robot.interact(() -> PngExport.write(robot.lookup("#clv-body").query(),
                    Path.of(snapshots, "lifetime-value-body.png")));
        }
    }
}
