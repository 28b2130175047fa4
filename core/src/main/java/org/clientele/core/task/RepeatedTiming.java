package org.clientele.core.task;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Times a piece of work inside the JVM: warm-up runs first (so the figures are of compiled code), then
 * measured runs, each with wall time, process CPU time and the heap in use after it.
 *
 * @param <T> what the work returns; the last result is kept so callers can check the runs did the work
 */
public record RepeatedTiming<T>(int warmup, double[] seconds, double[] cpuSeconds, long peakHeapBytes, T last) {

    public static <T> RepeatedTiming<T> of(Supplier<T> work, int warmup, int runs) {
        if (runs < 1 || warmup < 0) {
            throw new IllegalArgumentException("runs must be at least 1 and warmup at least 0");
        }
        for (int i = 0; i < warmup; i++) {
            work.get();
        }
        double[] seconds = new double[runs];
        double[] cpu = new double[runs];
        long peak = 0;
        T last = null;
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < runs; i++) {
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            last = work.get();
            seconds[i] = (System.nanoTime() - t0) / 1e9;
            cpu[i] = (processCpuNanos() - c0) / 1e9;
            peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
        }
        return new RepeatedTiming<>(warmup, seconds, cpu, peak, last);
    }

    public double medianSeconds() {
        return median(seconds);
    }

    public double medianCpuSeconds() {
        return median(cpuSeconds);
    }

    public static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
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
