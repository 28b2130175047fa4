package org.clientele.app.ui;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.clientele.app.ui.models.SampleModels;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sample → segmentation → Models: train the classifier → Lookup: type values → a named segment with bars. */
class ModelsAndLookupUiTest extends WorkbenchWindowFixture {

    @Start
    void start(Stage stage) {
        startWorkbench(stage);
    }

    @Test
    void trainsTheClassifierAndLooksUpATypedCustomer(FxRobot robot) throws Exception {
        robot.interact(window::openSample);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.state().datasetProperty().get() != null);
        // The Segments tab is not needed: publish a segmentation of the sample as it would.
        var segmentation = SampleModels.segmentation();
        robot.interact(() -> window.state().segmentationProperty().set(segmentation));

        robot.clickOn("Lookup");
        Label hint = robot.lookup("#lookup-segment-placeholder").queryAs(Label.class);
        assertTrue(hint.getText().toLowerCase().contains("train the classifier in models"), hint.getText());

        robot.clickOn("Models");
        robot.clickOn("#models-classifier-xgboost"); // keep the test quick: majority and logistic only
        robot.clickOn("#models-train-classifier");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.state().segmentClassifierProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#models-classifier-table").queryAs(TableView.class);
        assertTrue(table.getItems().size() == 2, () -> "rows: " + table.getItems());
        assertFalse(robot.lookup("#models-confusion").queryAs(GridPane.class).getChildren().isEmpty());
        snapshot("models");

        robot.clickOn("Lookup");
        TextField frequency = robot.lookup("#lookup-field-frequency").queryAs(TextField.class);
        robot.doubleClickOn(frequency).eraseText(frequency.getText().length()).write("25");
        TextField recency = robot.lookup("#lookup-field-recency_days").queryAs(TextField.class);
        robot.doubleClickOn(recency).eraseText(recency.getText().length()).write("3");
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Label segment = robot.lookup("#lookup-segment").queryAs(Label.class);
        assertTrue(segment.isVisible() && !segment.getText().isBlank(), "segment: " + segment.getText());
        GridPane bars = robot.lookup("#lookup-probabilities").queryAs(GridPane.class);
        int k = segmentation.result().k();
        assertTrue(bars.getChildren().size() == 3 * k, "a label, a bar and a value per segment");
        snapshot("lookup");

        // The spend model: mean and linear only, to stay quick.
        robot.clickOn("Models");
        robot.clickOn("Predict spending / value");
        robot.clickOn("#models-spend-lasso");
        robot.clickOn("#models-spend-random-forest");
        robot.clickOn("#models-train-spend");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.state().spendModelProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#models-spend-table").queryAs(TableView.class).getItems().size() == 2);
        snapshot("spend");
        robot.clickOn("Lookup");
        WaitForAsyncUtils.waitForFxEvents();
        Label spend = robot.lookup("#lookup-spend").queryAs(Label.class);
        assertTrue(spend.isVisible() && spend.getText().startsWith("monetary ≈"), spend.getText());
        snapshot("lookup-spend");
        if (System.getProperty("clientele.snapshots") != null) {
            robot.interact(() -> {
                robot.window(0).setWidth(1024);
                robot.window(0).setHeight(640);
            });
            WaitForAsyncUtils.waitForFxEvents();
            snapshot("lookup-small");
            robot.clickOn("Models");
            WaitForAsyncUtils.waitForFxEvents();
            snapshot("spend-small");
            robot.clickOn("Assign new customers to segments");
            WaitForAsyncUtils.waitForFxEvents();
            snapshot("models-small");
        }
    }

    /** Saves what the window shows when -Dclientele.snapshots=DIR is set, to look at the layout. */
    private void snapshot(String name) throws Exception {
        String dir = System.getProperty("clientele.snapshots");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            WaitForAsyncUtils.asyncFx(() -> org.clientele.app.ui.common.PngExport.write(window.root(),
                    Path.of(dir, name + ".png"))).get();
        }
    }
}
