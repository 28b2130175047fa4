package org.clientele.core.segment;

import org.clientele.core.task.Progress;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Measures a k-means++ sweep (fits, exact or sampled silhouette, Davies–Bouldin, Calinski–Harabasz)
 * the way scikit-learn's peer scripts do, after warm-up runs in the same JVM. Not a test: the CLI's
 * {@code clientele bench segment FILE} and {@code clientele bench blobs N} run it and print the timings.
 */
public final class SegmentBenchmark {

    private SegmentBenchmark() {
    }

    /**
     * Wall-clock seconds of each warm-up and measured run, process CPU seconds of the measured runs
     * (which tell contention on a shared machine apart from work), and the sweep of the last run.
     */
    public record Timing(int rows, int columns, String engine, double[] warmupSeconds, double[] seconds,
                         double[] cpuSeconds, List<SweepPoint> sweep) {

        public double bestSeconds() {
            return Arrays.stream(seconds).min().orElse(Double.NaN);
        }
    }

    /**
     * Sweeps k = kMin..kMax with {@code restarts} k-means++ restarts each, {@code warmups} unmeasured
     * then {@code runs} measured times. {@code tribuo} switches the fits to Tribuo's KMeansTrainer.
     */
    public static Timing sweep(double[][] x, int kMin, int kMax, int restarts, long seed, int warmups, int runs,
                               boolean tribuo) {
        double[] warm = new double[warmups];
        double[] measured = new double[runs];
        double[] cpu = new double[runs];
        List<SweepPoint> last = null;
        for (int r = 0; r < warmups + runs; r++) {
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            Points p = Points.of(x);
            Clusterer c = tribuo ? new TribuoKMeans(p, restarts, seed) : new KMeansClusterer(p, restarts, seed);
            SweepScorer scorer = new SweepScorer(p, seed, 2, Silhouette.EXACT_LIMIT);
            last = Sweep.run(c, scorer, kMin, kMax, Progress.NONE).points();
            double s = (System.nanoTime() - t0) / 1e9;
            if (r < warmups) {
                warm[r] = s;
            } else {
                measured[r - warmups] = s;
                cpu[r - warmups] = (processCpuNanos() - c0) / 1e9;
            }
        }
        return new Timing(x.length, x.length == 0 ? 0 : x[0].length, tribuo ? "tribuo" : "lean", warm, measured, cpu,
                last);
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** n rows x d columns around 6 Gaussian blobs (centers ~ N(0, 3^2), unit noise), like scale_sklearn.py. */
    public static double[][] blobs(int n, int d, int centers, long seed) {
        Random rnd = new Random(seed);
        double[][] c = new double[centers][d];
        for (double[] row : c) {
            for (int j = 0; j < d; j++) {
                row[j] = 3 * rnd.nextGaussian();
            }
        }
        double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) {
            double[] mu = c[rnd.nextInt(centers)];
            for (int j = 0; j < d; j++) {
                x[i][j] = mu[j] + rnd.nextGaussian();
            }
        }
        return x;
    }
}
