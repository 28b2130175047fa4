package org.clientele.core.transactions;

import org.clientele.core.stats.Descriptive;
import org.clientele.core.task.Progress;

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
        CustomerTable t = null;
        for (int i = 0; i < warmup; i++) {
            t = new CustomerTableBuilder().build(file, Progress.NONE);
        }
        double[] seconds = new double[runs];
        double[] cpu = new double[runs];
        long peak = 0;
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < runs; i++) {
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            t = new CustomerTableBuilder().build(file, Progress.NONE);
            seconds[i] = (System.nanoTime() - t0) / 1e9;
            cpu[i] = (processCpuNanos() - c0) / 1e9;
            peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
        }
        if (t == null) {
            t = new CustomerTableBuilder().build(file, Progress.NONE);
        }
        CleaningReport r = t.report();
        return new Result(file, warmup, seconds, median(seconds), cpu, median(cpu), r.rowsRead(), r.rowsKept(),
                r.customers(), r.revenue(), peak);
    }

    static double median(double[] values) {
        return Descriptive.median(values);
    }

    /** CPU time of the whole process (all threads, JIT and GC included): less sensitive to a busy machine than wall time. */
    static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return 0;
    }
}
