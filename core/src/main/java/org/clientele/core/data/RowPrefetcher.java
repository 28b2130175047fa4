package org.clientele.core.data;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Parses rows on a background thread, in batches through a bounded queue, so that tokenizing and the
 * caller's work on rows overlap on two cores. At most {@link #QUEUE_BATCHES} × {@link #BATCH_ROWS} rows
 * are in flight. Errors are handed over in sequence and rethrown on the caller's thread.
 */
final class RowPrefetcher implements AutoCloseable {

    static final int BATCH_ROWS = 2048;
    static final int QUEUE_BATCHES = 16;
    private static final Object END = new Object();

    private static final class Batch {
        final String[][] rows = new String[BATCH_ROWS][];
        final long[] lines = new long[BATCH_ROWS];
        final long[] hashes = new long[BATCH_ROWS];
        int size;
    }

    private final CsvRows source;
    private final ArrayBlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE_BATCHES);
    private final Thread thread;
    private volatile boolean stopped;
    private Batch current;
    private int index;
    private long line;
    private long hash;
    private boolean finished;

    RowPrefetcher(CsvRows source) {
        this.source = source;
        this.thread = new Thread(this::produce, "clientele-csv-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private void produce() {
        try {
            while (!stopped) {
                Batch b = new Batch();
                String[] r = null;
                while (b.size < BATCH_ROWS && (r = source.next()) != null) {
                    b.rows[b.size] = r;
                    b.hashes[b.size] = source.rowHash();
                    b.lines[b.size++] = source.line();
                }
                if (b.size > 0 && !put(b)) {
                    return;
                }
                if (r == null) {
                    put(END);
                    return;
                }
            }
        } catch (RuntimeException | Error e) {
            if (!stopped) {
                put(e);
            }
        }
    }

    private boolean put(Object o) {
        try {
            while (!stopped) {
                if (queue.offer(o, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** The next row, or null at the end. */
    String[] next() {
        while (current == null || index >= current.size) {
            if (finished) {
                return null;
            }
            Object o;
            try {
                o = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading", e);
            }
            if (o == END) {
                finished = true;
                current = null;
                return null;
            }
            if (o instanceof RuntimeException re) {
                finished = true;
                throw re;
            }
            if (o instanceof Error err) {
                finished = true;
                throw err;
            }
            current = (Batch) o;
            index = 0;
        }
        line = current.lines[index];
        hash = current.hashes[index];
        String[] r = current.rows[index];
        current.rows[index++] = null;
        return r;
    }

    long line() {
        return line;
    }

    long rowHash() {
        return hash;
    }

    @Override
    public void close() {
        stopped = true;
        queue.clear();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
