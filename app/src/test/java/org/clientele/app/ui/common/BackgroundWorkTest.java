package org.clientele.app.ui.common;

import org.clientele.core.task.CancelledException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The callback contract every runner keeps: running first, one outcome, finished last and always. */
class BackgroundWorkTest {

    private final List<String> calls = new ArrayList<>();

    private <T> BackgroundWork<T> recorded(Work<T> work) {
        return BackgroundWork.of("work", work)
                .onRunning(() -> calls.add("running"))
                .onSucceeded(r -> calls.add("succeeded " + r))
                .onFailed(e -> calls.add("failed " + e.getMessage()))
                .onCancelled(() -> calls.add("cancelled"))
                .onFinished(() -> calls.add("finished"));
    }

    @Test
    void successFailureAndCancellationEachEndWithFinished() {
        new DirectTaskRunner().run(recorded(p -> 42));
        new DirectTaskRunner().run(recorded(p -> {
            throw new IllegalStateException("broken");
        }));
        new DirectTaskRunner().run(recorded(p -> {
            throw new CancelledException();
        }));
        assertEquals(List.of("running", "succeeded 42", "finished", "running", "failed broken", "finished",
                "running", "cancelled", "finished"), calls);
    }

    @Test
    void aCancelledRunDropsAResultThatArrivesAnyway() {
        DirectTaskRunner.cancelledByUser().run(recorded(p -> p.isCancelled() ? "saw cancel" : "missed it"));
        assertEquals(List.of("running", "cancelled", "finished"), calls);
    }

    @Test
    void finishedRunsEvenWhenTheOutcomeCallbackThrows() {
        BackgroundWork<Integer> work = BackgroundWork.<Integer>of("work", p -> 1)
                .onSucceeded(r -> {
                    throw new IllegalStateException("bug in a callback");
                })
                .onFinished(() -> calls.add("finished"));
        assertThrows(IllegalStateException.class, () -> new DirectTaskRunner().run(work));
        assertEquals(List.of("finished"), calls);
    }

    @Test
    void theOlderSubmitStillReportsSuccessAndFailure() {
        TaskRunner runner = new DirectTaskRunner();
        runner.submit("a", p -> "ok", r -> calls.add(r), e -> calls.add("failed"));
        runner.<String>submit("b", p -> {
            throw new IllegalStateException();
        }, r -> calls.add(r), e -> calls.add("failed"));
        runner.<String>submit("c", p -> {
            throw new CancelledException();
        }, r -> calls.add(r), e -> calls.add("failed"));
        assertEquals(List.of("ok", "failed"), calls);
    }
}
