package org.clientele.app.ui.common;

import org.clientele.core.task.CancelledException;
import org.clientele.core.task.Progress;

import java.util.function.Consumer;

/** Runs work at once on the calling thread: for ViewModel tests and for the headless paths. */
public final class DirectTaskRunner implements TaskRunner {

    @Override
    public <T> void submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call(Progress.NONE);
        } catch (CancelledException e) {
            return;
        } catch (Exception | OutOfMemoryError e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
