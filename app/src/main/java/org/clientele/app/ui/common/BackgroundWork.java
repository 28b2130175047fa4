package org.clientele.app.ui.common;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A piece of background work with what should happen around it, in the manner of JabRef's
 * {@code BackgroundTask}: a runner calls {@link #onRunning} when it starts, then exactly one of
 * {@link #onSucceeded}, {@link #onFailed} or {@link #onCancelled}, and always {@link #onFinished} last,
 * all on the FX thread. A ViewModel clears its "running" state in {@code onFinished}, so a cancelled or
 * failed run can never leave a tab busy; cancellation is not a failure and shows no error.
 *
 * @param <T> what the work returns
 */
public final class BackgroundWork<T> {

    private final String title;
    private final Work<T> work;
    private Runnable running = () -> { };
    private Consumer<T> succeeded = result -> { };
    private Consumer<Throwable> failed = error -> { };
    private Runnable cancelled = () -> { };
    private Runnable finished = () -> { };

    private BackgroundWork(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
    }

    /** @param title what the status bar shows while the work runs, e.g. "Opening sales.csv" */
    public static <T> BackgroundWork<T> of(String title, Work<T> work) {
        return new BackgroundWork<>(title, work);
    }

    public BackgroundWork<T> onRunning(Runnable action) {
        running = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundWork<T> onSucceeded(Consumer<T> action) {
        succeeded = Objects.requireNonNull(action);
        return this;
    }

    /** Called with a real failure only; a cancelled run goes to {@link #onCancelled}. */
    public BackgroundWork<T> onFailed(Consumer<Throwable> action) {
        failed = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundWork<T> onCancelled(Runnable action) {
        cancelled = Objects.requireNonNull(action);
        return this;
    }

    /** Called after success, failure and cancellation alike, even if their callback threw. */
    public BackgroundWork<T> onFinished(Runnable action) {
        finished = Objects.requireNonNull(action);
        return this;
    }

    /** Hands this work to {@code runner}; a shorthand that reads in the order things happen. */
    public void runWith(TaskRunner runner) {
        runner.run(this);
    }

    public String title() {
        return title;
    }

    public Work<T> work() {
        return work;
    }

    // For runners: each terminal outcome runs its callback, then onFinished whatever that callback did.

    public void fireRunning() {
        running.run();
    }

    public void fireSucceeded(T result) {
        try {
            succeeded.accept(result);
        } finally {
            finished.run();
        }
    }

    public void fireFailed(Throwable error) {
        try {
            failed.accept(error);
        } finally {
            finished.run();
        }
    }

    public void fireCancelled() {
        try {
            cancelled.run();
        } finally {
            finished.run();
        }
    }
}
