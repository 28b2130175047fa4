package org.clientele.app.ui;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.clientele.app.ui.common.PngExport;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Map tab switched to autoencoder coordinates: trained in the background, every customer drawn, axes named. */
class MapAutoencoderUiTest extends WorkbenchWindowFixture {

    @Start
    void start(Stage stage) {
        startWorkbench(stage);
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theMapShowsEveryCustomerOnTheAutoencodersCoordinates(FxRobot robot) throws Exception {
        robot.interact(window::openSample);
        await(() -> window.state().datasetProperty().get() != null);
        int customers = window.state().datasetProperty().get().customerTable().rowCount();
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#tab-segments");
        robot.clickOn("#segments-run");
        await(() -> window.state().segmentationProperty().get() != null && !window.state().runner().runningProperty().get());
        int k = window.state().segmentationProperty().get().result().k();

        robot.clickOn("#tab-map");
        XYChart map = robot.lookup("#map-chart").queryAs(XYChart.class);
        Axis x = map.getXAxis();
        assertTrue(x.getName().startsWith("PC1"), x.getName());

        robot.clickOn("#map-coordinates-autoencoder");
        await(() -> !window.state().runner().runningProperty().get() && !map.getAllDatasets().isEmpty());
        // One colour per segment, plus the ring drawn around customers the autoencoder reconstructs badly.
        assertEquals(k + 1, map.getAllDatasets().size(), map.getAllDatasets().toString());
        assertTrue(map.getAllDatasets().get(0).getName().startsWith("Anomalies ("));
        int rings = map.getAllDatasets().get(0).getDataCount();
        assertTrue(rings >= 1 && rings <= 0.03 * customers, "about 1% of the customers: " + rings);
        assertEquals(customers, map.getAllDatasets().stream().skip(1).mapToInt(d -> d.getDataCount()).sum());
        assertEquals("Segment map · autoencoder", map.getTitle());
        assertEquals("Autoencoder 1 (learned coordinate)", x.getName());
        assertEquals("Autoencoder 2 (learned coordinate)", map.getYAxis().getName());
        String fit = robot.lookup("#map-fit").queryAs(Label.class).getText();
        assertTrue(fit.contains("reconstruction R²") && fit.contains("PCA with 2 components"), fit);
        String dirName = System.getProperty("clientele.snapshots");
        if (dirName != null) {
            Files.createDirectories(Path.of(dirName));
            robot.interact(() -> PngExport.write(stage.getScene().getRoot(), Path.of(dirName, "map-autoencoder.png")));
        }

        robot.clickOn("#map-coordinates-pca");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(x.getName().startsWith("PC1"), x.getName());
        assertEquals(customers, map.getAllDatasets().stream().mapToInt(d -> d.getDataCount()).sum());
        robot.clickOn("#map-coordinates-autoencoder"); // the trained autoencoder is kept: no second training
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Autoencoder 1 (learned coordinate)", x.getName());
        assertEquals(k + 1, map.getAllDatasets().size());
        assertEquals(rings, map.getAllDatasets().get(0).getDataCount());
    }
}
