package org.clientele.app.ui.common;

import org.clientele.core.task.CancelledException;
import org.clientele.core.task.Progress;

/**
 * Runs work at once on the calling thread: for ViewModel tests and for the headless paths.
 * {@link #cancelledByUser()} plays a user who presses Cancel while the work runs.
 */
public final class DirectTaskRunner implements TaskRunner {

    private final boolean cancelled;

    public DirectTaskRunner() {
        this(false);
    }

    private DirectTaskRunner(boolean cancelled) {
        this.cancelled = cancelled;
    }

    /**
     * A runner whose work sees {@link Progress#isCancelled()} true, and whose result, should the work finish
     * anyway, is dropped as {@link FxTaskRunner} drops a result that arrives after Cancel.
     */
    public static DirectTaskRunner cancelledByUser() {
        return new DirectTaskRunner(true);
    }

    @Override
    public <T> void run(BackgroundWork<T> work) {
        work.fireRunning();
        T result;
        try {
            result = work.work().call(cancelled ? CANCELLED : Progress.NONE);
        } catch (CancelledException e) {
            work.fireCancelled();
            return;
        } catch (Exception | OutOfMemoryError e) {
            if (cancelled) {
                work.fireCancelled();
            } else {
                work.fireFailed(e);
            }
            return;
        }
        if (cancelled) {
            work.fireCancelled();
        } else {
            work.fireSucceeded(result);
        }
    }

    private static final Progress CANCELLED = new Progress() {
        @Override
        public void update(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return true;
        }
    };
}
