package org.clientele.core.transactions;

import org.clientele.core.task.Progress;
import org.clientele.core.task.RepeatedTiming;

import java.nio.file.Path;

/**
 * Measures building the customer table from a transaction log inside the JVM: N warm-up runs, then M
 * measured runs; reports the median. Run it as {@code clientele bench rfm FILE}; for scale, make a log with
 * {@code clientele generate transactions --rows 10000000 --out big.csv} and run with {@code JAVA_OPTS=-Xmx1g}.
 */
public final class RfmBenchmark {

    /** Timings of the measured runs, in seconds, and what was built (to check the runs did the work). */
    public record Result(Path file, int warmup, double[] seconds, double medianSeconds, double[] cpuSeconds,
                         double medianCpuSeconds, long rowsRead, long rowsKept, int customers, double revenue,
                         long peakHeapBytes) {
    }

    private RfmBenchmark() {
    }

    public static Result run(Path file, int warmup, int runs) {
        RepeatedTiming<CustomerTable> t = RepeatedTiming.of(() -> new CustomerTableBuilder().build(file, Progress.NONE),
                warmup, runs);
        CleaningReport r = t.last().report();
        return new Result(file, warmup, t.seconds(), t.medianSeconds(), t.cpuSeconds(), t.medianCpuSeconds(),
                r.rowsRead(), r.rowsKept(), r.customers(), r.revenue(), t.peakHeapBytes());
    }

    static double median(double[] values) {
        return RepeatedTiming.median(values);
    }
}
