package org.clientele.app.ui.common;

import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cancel on the real runner: the owner hears at once, the status bar is idle, and nothing is an error. */
class FxTaskRunnerTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void cancelEndsTheRunWithCancelledAndFinishedOnTheFxThread() throws Exception {
        FxTaskRunner runner = new FxTaskRunner();
        List<String> calls = new CopyOnWriteArrayList<>();
        BackgroundWork<String> work = BackgroundWork.<String>of("Long work", progress -> {
                    while (true) {
                        progress.checkCancelled();
                        Thread.sleep(5);
                    }
                })
                .onRunning(() -> calls.add("running"))
                .onSucceeded(r -> calls.add("succeeded"))
                .onFailed(e -> calls.add("failed " + e))
                .onCancelled(() -> calls.add("cancelled" + (Platform.isFxApplicationThread() ? "" : " off the FX thread")))
                .onFinished(() -> calls.add("finished"));
        Platform.runLater(() -> runner.run(work));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> calls.contains("running") && runner.runningProperty().get());

        Platform.runLater(runner::cancel);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> calls.contains("finished"));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("running", "cancelled", "finished"), calls);
        assertFalse(runner.runningProperty().get());
        assertTrue(runner.messageProperty().get().endsWith("cancelled"), runner.messageProperty().get());

        // The worker is free again: the next run succeeds.
        calls.clear();
        Platform.runLater(() -> runner.run(BackgroundWork.of("Quick", p -> "done")
                .onSucceeded(r -> calls.add(r)).onFinished(() -> calls.add("finished"))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> calls.contains("finished"));
        assertEquals(List.of("done", "finished"), calls);
        runner.shutdown();
    }
}
