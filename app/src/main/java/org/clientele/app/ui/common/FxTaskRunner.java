package org.clientele.app.ui.common;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.clientele.core.task.CancelledException;
import org.clientele.core.task.Progress;

import java.util.Locale;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs one piece of work at a time in a {@link Task} on a daemon worker thread, and exposes what is
 * running (title, message, progress) for the status bar and a {@link #cancel()} for its button.
 */
public final class FxTaskRunner implements TaskRunner {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "clientele-worker");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Ready");
    private volatile Task<?> current;
    /** Submitted and not yet finished, in order (changed on the FX thread): Cancel stops all of them. */
    private final Set<Task<?>> pending = new CopyOnWriteArraySet<>();

    @Override
    public <T> void run(BackgroundWork<T> work) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> run(work));
            return;
        }
        if (executor.isShutdown()) {
            // The window is closing: work that finishes now may still hand on more (opening → profiling), which
            // has nowhere to run and no one to show it to.
            return;
        }
        String title = work.title();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(title + "…");
                return work.work().call(new Progress() {
                    @Override
                    public void update(double fraction, String text) {
                        updateProgress(fraction < 0 ? -1 : fraction, 1);
                        updateMessage(text == null || text.isEmpty() ? title + "…" : text);
                    }

                    @Override
                    public boolean isCancelled() {
                        return isCancelled0();
                    }
                });
            }

            private boolean isCancelled0() {
                return isCancelled();
            }
        };
        long[] started = {0};
        task.setOnRunning(e -> {
            started[0] = System.nanoTime();
            current = task;
            progress.bind(task.progressProperty());
            message.bind(task.messageProperty());
            work.fireRunning();
        });
        task.setOnSucceeded(e -> {
            // How long it took, so a user (and we) can see what a file or a model costs on this machine.
            finish(task, String.format(Locale.ROOT, "%s: done in %.1f s", title, (System.nanoTime() - started[0]) / 1e9));
            work.fireSucceeded(task.getValue());
        });
        // Cancel marks the task cancelled at once (the worker stops at its next checkpoint and its
        // result, if any, is dropped); the work's owner hears of it now, so its tab is idle again.
        task.setOnCancelled(e -> {
            finish(task, title + ": cancelled");
            work.fireCancelled();
        });
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            if (error instanceof CancelledException) {
                finish(task, title + ": cancelled");
                work.fireCancelled();
            } else {
                finish(task, title + ": failed");
                work.fireFailed(error);
            }
        });
        // Running from now on, not only once the worker starts it: work submitted while a cancelled task
        // is still winding down waits for the worker, and must show as waiting and be cancellable.
        pending.add(task);
        running.set(true);
        if (current == null) {
            progress.unbind();
            message.unbind();
            progress.set(-1);
            message.set(title + "…");
        }
        executor.execute(task);
    }

    private void finish(Task<?> task, String text) {
        pending.remove(task);
        if (current == task) {
            current = null;
            progress.unbind();
            message.unbind();
        }
        if (current == null) {
            progress.set(pending.isEmpty() ? 0 : -1);
            message.set(text);
        }
        running.set(!pending.isEmpty());
    }

    /** Asks the running work to stop at its next checkpoint, and drops any work waiting behind it. */
    public void cancel() {
        for (Task<?> task : List.copyOf(pending)) {
            task.cancel(false);
        }
        Task<?> task = current;
        if (task != null) {
            task.cancel(false);
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** For shutdown: the worker is a daemon, but pending work should not start after the window closed. */
    public void shutdown() {
        cancel();
        executor.shutdownNow();
        Platform.runLater(() -> running.set(false));
    }
}
