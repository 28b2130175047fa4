package org.clientele.app.ui.common;

import java.util.function.Consumer;

/**
 * Runs work off the FX thread and reports its outcome on it through the callbacks of a
 * {@link BackgroundWork}. ViewModels depend on this interface so their tests can run the work
 * synchronously, without a screen ({@link DirectTaskRunner}).
 */
public interface TaskRunner {

    /** Starts {@code work}; its callbacks run on the FX thread, {@code onFinished} always last. */
    <T> void run(BackgroundWork<T> work);

    /**
     * The older form: success and failure only.
     *
     * @param onSuccess called on the FX thread with the result
     * @param onFailure called on the FX thread with the failure; cancellation is not a failure and
     *                  calls neither callback
     */
    default <T> void submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(BackgroundWork.of(title, work).onSucceeded(onSuccess).onFailed(onFailure));
    }
}
