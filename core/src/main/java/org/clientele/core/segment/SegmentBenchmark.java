package org.clientele.core.segment;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clientele.core.task.Progress;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Measures a k-means++ sweep (fits, exact or sampled silhouette, Davies–Bouldin, Calinski–Harabasz)
 * the way scikit-learn's peer scripts do, after warm-up runs in the same JVM. Not a test: prints timings.
 * <pre>
 *   java ... SegmentBenchmark retail ../shared/data/online_retail.csv.gz [tribuo]
 *   java -Xmx2g ... SegmentBenchmark blobs 1000000 [warm-ups] [tribuo]
 * </pre>
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

    /**
     * log1p + standardized recency (days), frequency (distinct invoices), monetary (sum of quantity x price)
     * per customer of UCI Online Retail, cleaned as retail_pandas_sklearn.py does.
     */
    public static double[][] retailRfm(Path file) {
        DateTimeFormatter fmt = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        Map<String, LocalDateTime> last = new HashMap<>();
        Map<String, Set<String>> invoices = new HashMap<>();
        Map<String, Double> spend = new HashMap<>();
        LocalDateTime max = LocalDateTime.MIN;
        try (Reader in = new InputStreamReader(file.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(file), 1 << 16) : Files.newInputStream(file),
                StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String customer = r.get("CustomerID");
                String invoice = r.get("InvoiceNo");
                double qty = Double.parseDouble(r.get("Quantity"));
                double price = Double.parseDouble(r.get("UnitPrice"));
                if (customer.isBlank() || invoice.startsWith("C") || qty <= 0 || price <= 0) {
                    continue;
                }
                LocalDateTime t = LocalDateTime.parse(r.get("InvoiceDate"), fmt);
                last.merge(customer, t, (a, b) -> a.isAfter(b) ? a : b);
                invoices.computeIfAbsent(customer, c -> new HashSet<>()).add(invoice);
                spend.merge(customer, qty * price, Double::sum);
                max = t.isAfter(max) ? t : max;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LocalDateTime asOf = max.plusDays(1);
        List<String> ids = new ArrayList<>(last.keySet());
        ids.sort(null);
        double[][] x = new double[ids.size()][3];
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            x[i][0] = Math.log1p(Duration.between(last.get(id), asOf).toDays());
            x[i][1] = Math.log1p(invoices.get(id).size());
            x[i][2] = Math.log1p(spend.get(id));
        }
        standardize(x);
        return x;
    }

    static void standardize(double[][] x) {
        int d = x[0].length;
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (double[] row : x) {
                mean += row[j];
            }
            mean /= x.length;
            double ss = 0;
            for (double[] row : x) {
                ss += (row[j] - mean) * (row[j] - mean);
            }
            double std = Math.sqrt(ss / x.length);
            for (double[] row : x) {
                row[j] = (row[j] - mean) / std;
            }
        }
    }

    public static void main(String[] args) {
        String what = args.length > 0 ? args[0] : "retail";
        Timing t;
        if (what.equals("blobs")) {
            int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
            int warm = args.length > 2 ? Integer.parseInt(args[2]) : 1;
            boolean tribuo = args.length > 3 && args[3].equals("tribuo");
            t = sweep(blobs(n, 8, 6, 0), 2, 10, 10, 42, warm, 1, tribuo);
        } else {
            Path file = Path.of(args.length > 1 ? args[1] : "../shared/data/online_retail.csv.gz");
            boolean tribuo = args.length > 2 && args[2].equals("tribuo");
            double[][] x = retailRfm(file);
            t = sweep(x, 2, 10, 10, 42, 3, 5, tribuo);
        }
        System.out.printf("%s: %d x %d, engine %s, warm-up %s s, measured %s s (cpu %s s), best %.3f s%n", what,
                t.rows(), t.columns(), t.engine(), Arrays.toString(round(t.warmupSeconds())),
                Arrays.toString(round(t.seconds())), Arrays.toString(round(t.cpuSeconds())), t.bestSeconds());
        for (SweepPoint p : t.sweep()) {
            System.out.printf("k=%d inertia=%.2f silhouette=%.4f db=%.4f ch=%.1f%n", p.k(), p.inertia(),
                    p.silhouette(), p.daviesBouldin(), p.calinskiHarabasz());
        }
    }

    private static double[] round(double[] v) {
        return Arrays.stream(v).map(s -> Math.round(s * 1000) / 1000.0).toArray();
    }
}
