package org.clientele.app.ui;

import javafx.beans.value.ChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cancel in the status bar, in every tab that runs work: the tab is idle again at once (its button
 * usable, no spinner), nothing is published, and no error dialog appears, since cancelling is not a failure.
 */
class CancelUiTest extends WorkbenchWindowFixture {

    @Start
    void start(Stage stage) {
        startWorkbench(stage);
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean running() {
        return window.state().runner().runningProperty().get();
    }

    /**
     * Starts work with {@code start} and presses the status bar's Cancel as soon as the work reports
     * progress, so the press lands mid-run however fast this machine is; then waits until the runner is idle.
     */
    private void startAndCancelMidRun(FxRobot robot, Runnable start) throws Exception {
        Button cancel = robot.lookup("#status-cancel").queryAs(Button.class);
        AtomicBoolean pressed = new AtomicBoolean();
        ChangeListener<Number> pressOnProgress = (obs, old, now) -> {
            if (now.doubleValue() > 0 && !pressed.getAndSet(true)) {
                cancel.fire();
            }
        };
        robot.interact(() -> window.state().runner().progressProperty().addListener(pressOnProgress));
        start.run();
        try {
            await(pressed::get);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no work reported progress; status: "
                    + robot.lookup("#status-message").queryAs(Label.class).getText(), e);
        }
        robot.interact(() -> window.state().runner().progressProperty().removeListener(pressOnProgress));
        await(() -> !running());
        assertTrue(robot.lookup("#status-message").queryAs(Label.class).getText().endsWith("cancelled"),
                robot.lookup("#status-message").queryAs(Label.class).getText());
    }

    private List<String> errorDialogs(FxRobot robot) {
        return robot.listTargetWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().startsWith("Could not")).map(w -> ((Stage) w).getTitle()).toList();
    }

    @Test
    void everyTabThatRunsWorkIsIdleAfterCancelWithNoErrorDialog(FxRobot robot) throws Exception {
        robot.interact(window::openSample);
        await(() -> window.state().datasetProperty().get() != null && !running());

        // Explore analyses the file when its tab is shown.
        startAndCancelMidRun(robot, () -> robot.clickOn("#tab-explore"));
        assertTrue(robot.lookup("#explore-status").queryAs(Label.class).getText().contains("cancelled"),
                robot.lookup("#explore-status").queryAs(Label.class).getText());

        // Segments: a sweep over many k, cancelled; Run is usable again.
        robot.clickOn("#tab-segments");
        robot.interact(() -> window.segmentsViewModel().kMaxProperty().set(12));
        startAndCancelMidRun(robot, () -> robot.clickOn("#segments-run"));
        assertFalse(window.segmentsViewModel().runningProperty().get(), "Segments is idle after Cancel");
        assertEquals(null, window.state().segmentationProperty().get(), "a cancelled run publishes nothing");
        assertFalse(robot.lookup("#segments-run").queryAs(Button.class).isDisabled(), "Run can be pressed again");

        // Models needs a segmentation for the classifier; the spend model trains on the table alone.
        robot.interact(() -> window.segmentsViewModel().kMaxProperty().set(4));
        robot.clickOn("#segments-run");
        await(() -> window.state().segmentationProperty().get() != null && !running());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#tab-models");
        robot.interact(() -> window.modelsViewModel().spendModels().forEach((name, on) -> on.set(true)));
        robot.clickOn("#tab-models-spend");
        startAndCancelMidRun(robot, () -> robot.clickOn("#models-train-spend"));
        assertFalse(window.modelsViewModel().trainingSpendProperty().get(), "the spend model is idle after Cancel");
        assertFalse(robot.lookup("#models-train-spend").queryAs(Button.class).isDisabled());
        robot.clickOn("#tab-models-classifier");
        startAndCancelMidRun(robot, () -> robot.clickOn("#models-train-classifier"));
        assertFalse(window.modelsViewModel().trainingClassifierProperty().get(), "the classifier is idle after Cancel");
        assertFalse(robot.lookup("#models-train-classifier").queryAs(Button.class).isDisabled());
        assertEquals(null, window.state().segmentClassifierProperty().get());

        // Opening a file, cancelled (here before the worker picks it up), keeps the file that is open.
        var open = window.state().datasetProperty().get();
        robot.interact(() -> {
            window.open(open.file());
            robot.lookup("#status-cancel").queryAs(Button.class).fire();
        });
        await(() -> !running());
        assertTrue(robot.lookup("#status-message").queryAs(Label.class).getText().endsWith("cancelled"));
        assertFalse(window.dataViewModel().openingProperty().get());
        assertEquals(open, window.state().datasetProperty().get());

        assertEquals(List.of(), errorDialogs(robot), "cancelling is not an error");
    }
}
