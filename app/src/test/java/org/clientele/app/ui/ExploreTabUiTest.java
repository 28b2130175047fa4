package org.clientele.app.ui;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.dataset.DataSet;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.clientele.app.ui.common.PngExport;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drives the Explore tab on the bundled sample: the analysis waits for the tab, then every view shows data.
 * With {@code -Dclientele.shots=DIR} it also saves each view at 1280×800 and 1024×640 for a look.
 */
class ExploreTabUiTest extends WorkbenchWindowFixture {

    @Start
    void start(Stage stage) {
        startWorkbench(stage);
    }

    @Test
    void analysesTheSampleWhenShownAndDrawsEveryView(FxRobot robot) throws Exception {
        robot.interact(window::openSample);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.dataViewModel().datasetProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(window.exploreViewModel().resultProperty().get(), "opening does not analyse");
        assertNull(window.tabs().getTabs().stream().filter(t -> "tab-explore".equals(t.getId())).findFirst()
                .orElseThrow().getContent(), "the view is built when its tab is first shown");

        robot.clickOn("#tab-explore");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#explore-sales-chart").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> views = robot.lookup("#explore-views").queryAs(ListView.class);
        assertEquals(11, views.getItems().size());

        assertPoints(robot, "#explore-sales-chart");
        robot.clickOn("#explore-granularity-month");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(13, points(robot, "#explore-sales-chart"), "13 months");
        robot.clickOn("#explore-metric-customers");
        assertEquals(13, points(robot, "#explore-sales-chart"));
        shoot(robot, "sales");

        select(robot, "Countries");
        assertEquals(11, points(robot, "#explore-countries-chart"), "top 10 and the rest");
        assertEquals(11, robot.lookup("#explore-countries-table").queryAs(TableView.class).getItems().size());
        shoot(robot, "countries");

        select(robot, "Value concentration");
        assertPoints(robot, "#explore-lorenz-chart");
        assertTrue(robot.lookup("#explore-gini").queryLabeled().getText().startsWith("Gini 0."));
        shoot(robot, "concentration");

        select(robot, "Cohorts");
        assertTrue(cells(robot, "#explore-cohorts-heatmap") >= 13 * 14 / 2, "a triangle of cohort cells");
        shoot(robot, "cohorts");

        select(robot, "Seasonality");
        int hourCells = cells(robot, "#explore-seasonality-heatmap");
        assertTrue(hourCells % 7 == 0 && hourCells > 7 * 8 && hourCells < 7 * 24,
                hourCells + " cells: seven weekdays × the hours with sales");
        assertTrue(robot.lookup("#explore-seasonality-peak").queryLabeled().getText().startsWith("Peak: "));
        shoot(robot, "seasonality-hours");
        robot.clickOn("#explore-seasonality-layout-month-weekday");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(12 * 7, cells(robot, "#explore-seasonality-heatmap"), "month × weekday");
        shoot(robot, "seasonality-months");

        select(robot, "Segment moves");
        int pooled = cells(robot, "#explore-moves-heatmap");
        assertTrue(pooled > 0, "pooled transitions drawn");
        assertTrue(robot.lookup("#explore-moves-sentence").queryLabeled().getText().contains(" stayed"));
        shoot(robot, "moves");
        robot.clickOn("#explore-moves-period");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").nth(1).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(cells(robot, "#explore-moves-heatmap") > 0, "one quarter's transitions drawn");
        assertTrue(robot.lookup("#explore-moves-period").queryAs(javafx.scene.control.ComboBox.class).getValue()
                .toString().contains("→"));
        shoot(robot, "moves-quarter");

        select(robot, "Products");
        assertEquals(20, robot.lookup("#explore-products-table").queryAs(TableView.class).getItems().size());
        robot.clickOn("#explore-products-order-by-units");
        assertEquals(20, robot.lookup("#explore-products-table").queryAs(TableView.class).getItems().size());
        shoot(robot, "products");

        select(robot, "Categories");
        assertPoints(robot, "#explore-categories-chart");
        shoot(robot, "categories");

        select(robot, "Cleaning");
        assertTrue(robot.lookup("#explore-cleaning-list").queryListView().getItems().size() > 3);
        shoot(robot, "cleaning");

        select(robot, "Distributions");
        assertPoints(robot, "#explore-histogram-chart");
        shoot(robot, "distributions");
        robot.clickOn("#explore-log");
        assertPoints(robot, "#explore-histogram-chart");
        shoot(robot, "distributions-linear");

        select(robot, "Correlations");
        int features = window.state().datasetProperty().get().customerTable().numericFeatureColumns().size();
        int pearson = cells(robot, "#explore-correlation-heatmap");
        assertTrue(pearson > features && pearson <= features * features, pearson + " cells");
        robot.clickOn("#explore-correlation-method-spearman");
        assertEquals(pearson, cells(robot, "#explore-correlation-heatmap"), "the same features correlate");
        shoot(robot, "correlations");
    }

    private void select(FxRobot robot, String view) {
        robot.clickOn(robot.lookup("#explore-views .list-cell").match((javafx.scene.control.ListCell<?> c) ->
                view.equals(c.getText())).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int points(FxRobot robot, String id) {
        XYChart chart = robot.lookup(id).queryAs(XYChart.class);
        List<DataSet> sets = chart.getAllDatasets();
        return sets.isEmpty() ? 0 : sets.get(0).getDataCount();
    }

    private static void assertPoints(FxRobot robot, String id) {
        assertTrue(points(robot, id) > 0, id + " has no points");
    }

    private static int cells(FxRobot robot, String id) {
        return (int) robot.lookup(id).queryAs(GridPane.class).getChildren().stream()
                .filter(n -> n.getStyleClass().contains("heatmap-cell")).count();
    }

    /** Saves the window at both sizes when asked to (for looking at the layout). */
    private void shoot(FxRobot robot, String name) throws Exception {
        String dir = System.getProperty("clientele.shots");
        if (dir == null) {
            return;
        }
        Files.createDirectories(Path.of(dir));
        for (int[] size : new int[][] {{1280, 800}, {1024, 640}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            Thread.sleep(300);
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> PngExport.write(window.root(), Path.of(dir, name + "-" + size[0] + ".png")));
        }
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
