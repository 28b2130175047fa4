package org.clientele.core.data;

import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Feeds a {@link ProfileBuilder} on a thread of its own, in batches through a bounded queue, so that
 * profiling a file overlaps the caller's other work on the same rows (which must not change them).
 */
public final class BackgroundProfile implements AutoCloseable {

    private static final int BATCH_ROWS = 4096;
    private static final int QUEUE_BATCHES = 16;
    private static final Object END = new Object();

    private record Batch(String[][] rows, long[] lines, int size) {
    }

    private final ProfileBuilder builder;
    private final ArrayBlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE_BATCHES);
    private final Thread thread;
    private volatile boolean stopped;
    private volatile RuntimeException failure;
    private String[][] rows = new String[BATCH_ROWS][];
    private long[] lines = new long[BATCH_ROWS];
    private int size;

    public BackgroundProfile(Schema schema) {
        this.builder = new ProfileBuilder(schema);
        this.thread = new Thread(this::consume, "clientele-profiler");
        thread.setDaemon(true);
        thread.start();
    }

    private void consume() {
        try {
            while (!stopped) {
                Object o = queue.poll(100, TimeUnit.MILLISECONDS);
                if (o == END) {
                    return;
                }
                if (o instanceof Batch b) {
                    for (int i = 0; i < b.size(); i++) {
                        builder.accept(b.rows()[i], b.lines()[i]);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    public void accept(String[] row, long line) {
        rows[size] = row;
        lines[size++] = line;
        if (size == BATCH_ROWS) {
            hand(new Batch(rows, lines, size));
            rows = new String[BATCH_ROWS][];
            lines = new long[BATCH_ROWS];
            size = 0;
        }
    }

    private void hand(Object o) {
        try {
            while (!queue.offer(o, 100, TimeUnit.MILLISECONDS)) {
                if (failure != null) {
                    throw failure;
                }
                if (!thread.isAlive()) {
                    throw new IllegalStateException("the profiler stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while profiling", e);
        }
    }

    /** Waits for every row handed over to be profiled. */
    public DataProfile finish(Path file, IntFunction<String> headerWarning) {
        hand(new Batch(rows, lines, size));
        hand(END);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while profiling", e);
        }
        if (failure != null) {
            throw failure;
        }
        return builder.finish(file, headerWarning);
    }

    @Override
    public void close() {
        stopped = true;
    }
}
