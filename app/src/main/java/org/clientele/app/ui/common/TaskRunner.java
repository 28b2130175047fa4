package org.clientele.app.ui.common;

import java.util.function.Consumer;

/**
 * Runs work off the FX thread and hands the result back on it. ViewModels depend on this interface so
 * their tests can run the work synchronously, without a screen.
 */
public interface TaskRunner {

    /**
     * @param onSuccess called on the FX thread with the result
     * @param onFailure called on the FX thread with the failure; cancellation is not a failure and
     *                  calls neither callback
     */
    <T> void submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
