package org.clientele.core.transactions;

import org.clientele.core.task.Progress;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Measures building the customer table from a transaction log inside the JVM: N warm-up runs, then M
 * measured runs; reports the median. Run: {@code java -cp … org.clientele.core.transactions.RfmBenchmark FILE [warmup] [runs]}.
 * For scale checks: {@code --generate ROWS FILE} writes a synthetic log (10 million rows ≈ 0.9 GB) and
 * {@code --profile FILE} times the streaming profiler; run them with e.g. {@code -Xmx1g} to check memory.
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
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** CPU time of the whole process (all threads, JIT and GC included): less sensitive to a busy machine than wall time. */
    static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return 0;
    }

    public static void main(String[] args) {
        if (args.length == 3 && args[0].equals("--generate")) {
            long t0 = System.nanoTime();
            SyntheticLog.write(Path.of(args[2]), Long.parseLong(args[1]), 100_000, 42);
            System.out.printf("wrote %s rows to %s in %.1f s%n", args[1], args[2], (System.nanoTime() - t0) / 1e9);
            return;
        }
        if (args.length == 2 && args[0].equals("--profile")) {
            long t0 = System.nanoTime();
            org.clientele.core.data.DataProfile p = org.clientele.core.data.Profiler.profile(Path.of(args[1]), null, Progress.NONE);
            Runtime rt = Runtime.getRuntime();
            System.out.printf("profiled %,d rows (%s, %s) in %.1f s; heap in use %d MB of max %d MB%n", p.rows(), p.kind().label(),
                    p.format(), (System.nanoTime() - t0) / 1e9, (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
            return;
        }
        if (args.length < 1) {
            System.err.println("usage: RfmBenchmark FILE [warmup=3] [runs=5]  |  --generate ROWS FILE  |  --profile FILE");
            System.exit(2);
        }
        long start = System.nanoTime();
        Result r = run(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 3, args.length > 2 ? Integer.parseInt(args[2]) : 5);
        System.out.printf("file %s%nrows read %,d, kept %,d, customers %,d, revenue %.2f%n", r.file(), r.rowsRead(), r.rowsKept(),
                r.customers(), r.revenue());
        System.out.printf("runs (s): %s%nmedian %.3f s wall, %.3f s process CPU, after %d warm-up runs; heap in use up to %d MB;"
                        + " whole process so far %.2f s%n",
                Arrays.toString(Arrays.stream(r.seconds()).map(x -> Math.round(x * 1000) / 1000.0).toArray()),
                r.medianSeconds(), r.medianCpuSeconds(), r.warmup(), r.peakHeapBytes() >> 20, (System.nanoTime() - start) / 1e9);
    }
}
