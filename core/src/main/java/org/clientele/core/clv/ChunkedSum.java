package org.clientele.core.clv;

import java.util.stream.IntStream;

/**
 * Sums a per-index function over 0..n in fixed chunks, in parallel when n is large. The chunks and the order
 * in which their partial sums are added do not depend on the threads, so the result is the same on every
 * run and machine (a plain parallel sum would round differently from run to run).
 */
final class ChunkedSum {

    /** Below this many terms a thread hand-off costs more than it saves. */
    static final int PARALLEL_FROM = 20_000;
    private static final int CHUNKS = 16;

    /** The sum of terms [from, to). */
    interface Range {
        double sum(int from, int to);
    }

    private ChunkedSum() {
    }

    static double sum(int n, Range range) {
        if (n < PARALLEL_FROM) {
            return range.sum(0, n);
        }
        double[] partial = new double[CHUNKS];
        IntStream.range(0, CHUNKS).parallel().forEach(c -> partial[c] = range.sum(
                (int) ((long) n * c / CHUNKS), (int) ((long) n * (c + 1) / CHUNKS)));
        double total = 0;
        for (double p : partial) {
            total += p;
        }
        return total;
    }
}
