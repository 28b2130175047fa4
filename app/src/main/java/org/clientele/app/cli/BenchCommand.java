package org.clientele.app.cli;

import org.clientele.core.analysis.CustomerTables;
import org.clientele.core.analysis.EmbeddingBenchmark;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.data.Table;
import org.clientele.core.features.FeatureInput;
import org.clientele.core.features.FeatureOptions;
import org.clientele.core.features.FeaturePipeline;
import org.clientele.core.segment.SegmentBenchmark;
import org.clientele.core.segment.SweepPoint;
import org.clientele.core.stats.Descriptive;
import org.clientele.core.task.Progress;
import org.clientele.core.transactions.RfmBenchmark;
import org.clientele.core.analysis.DatasetOpener;
import org.clientele.core.analysis.OpenedDataset;
import org.clientele.core.task.RepeatedTiming;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code clientele bench STAGE FILE}: times a stage inside one JVM after warm-up runs, so speed goals are
 * measured and reported rather than asserted in tests.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Time a stage inside one JVM after warm-up runs.",
                "Warm-up runs first, then measured runs; prints the median. STAGE is one of:",
                "  rfm FILE       clean a transaction log and build its customer table",
                "  open FILE      open a file as the workbench does: profile, rows and (for a log) customers",
                "  segment FILE   k-means++ sweep k=2..10 (10 restarts, silhouette, Davies-Bouldin,",
                "                 Calinski-Harabasz) on the log1p + standardised --features of FILE's customers",
                "  blobs N        the same sweep on N synthetic customers x 8 features (6 Gaussian blobs)",
                "  embedding FILE k-means (--k) on the standardized features, on --dims principal components",
                "                 and on an autoencoder bottleneck of --dims: reconstruction error, silhouette,",
                "                 ARI and time, one run each (loads TensorFlow)",
                "  clv            purchase model (--model bgnbd|pnbd|mbgnbd) + Gamma-Gamma fits on --customers N",
                "                 seeded synthetic customers",
                "  command -- SUBCOMMAND ARGS...   a whole subcommand as the command line runs it (its output",
                "                 discarded; give --force when it writes files), to set against the time of",
                "                 the same command as a process"})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STAGE", description = "rfm, open, segment, blobs, embedding, clv or command")
    String stage;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FILE|N", description = "Input file, or the number of rows for blobs.")
    String input;

    @Parameters(index = "2..*", arity = "0..*", paramLabel = "ARGS", description = "command: the subcommand's arguments.")
    List<String> commandArguments = List.of();

    @Option(names = "--customers", defaultValue = "1000000", paramLabel = "N",
            description = "clv: synthetic customers (default: ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "clv: random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--model", defaultValue = "bgnbd", paramLabel = "bgnbd|pnbd|mbgnbd",
            description = "clv: the purchase model to fit (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--features", split = ",", defaultValue = "recency_days,frequency,monetary", paramLabel = "A,B,...",
            description = "segment: the features to sweep on (default: ${DEFAULT-VALUE}).")
    List<String> features;

    @Option(names = "--tribuo", description = "segment/blobs: fit with Tribuo's KMeansTrainer instead, for comparison.")
    boolean tribuo;

    @Option(names = "--k", defaultValue = "4", paramLabel = "N", description = "embedding: segments (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--dims", split = ",", defaultValue = "2,4", paramLabel = "D,...",
            description = "embedding: bottleneck and component counts to compare (default: ${DEFAULT-VALUE}).")
    int[] dims;

    @Option(names = "--warmup", defaultValue = "3", paramLabel = "N", description = "Warm-up runs (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--runs", defaultValue = "5", paramLabel = "N", description = "Measured runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() {
        if (runs < 1 || warmup < 0) {
            throw new CliException(ExitCodes.USAGE, "--runs must be at least 1 and --warmup at least 0.");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!stage.equals("clv") && !stage.equals("command") && input == null) {
            throw new CliException(ExitCodes.USAGE, "bench " + stage + " needs FILE|N.");
        }
        switch (stage) {
            case "rfm" -> {
                Path file = Path.of(input);
                RfmBenchmark.Result r = RfmBenchmark.run(file, warmup, runs);
                out.printf("rfm %s: %,d rows read, %,d kept, %,d customers, revenue %,.2f%n", file.getFileName(),
                        r.rowsRead(), r.rowsKept(), r.customers(), r.revenue());
                out.printf("median %.3f s wall, %.3f s process CPU over %d runs after %d warm-up (runs: %s); peak heap %,d MB%n",
                        r.medianSeconds(), r.medianCpuSeconds(), runs, warmup, seconds(r.seconds()), r.peakHeapBytes() >> 20);
            }
            case "open" -> {
                Path file = Path.of(input);
                RepeatedTiming<OpenedDataset> t = RepeatedTiming.of(
                        () -> DatasetOpener.open(file, ReadOptions.DEFAULT, Progress.NONE), warmup, runs);
                OpenedDataset d = t.last();
                out.printf("open %s: %s, %,d rows, %d columns%s%n", file.getFileName(), d.kind().label(),
                        d.profile().rows(), d.profile().columns().size(), d.isTransactionLog()
                                ? String.format(", %,d customers", d.customers().customers().size()) : "");
                out.printf("median %.3f s wall, %.3f s process CPU over %d runs after %d warm-up (runs: %s); peak heap %,d MB%n",
                        t.medianSeconds(), t.medianCpuSeconds(), runs, warmup, seconds(t.seconds()),
                        t.peakHeapBytes() >> 20);
            }
            case "segment" -> sweep(out, Path.of(input).getFileName().toString(), customerFeatures(Path.of(input)));
            case "blobs" -> sweep(out, "blobs", SegmentBenchmark.blobs(rows(input), 8, 6, 0));
            case "embedding" -> embedding(out, Path.of(input));
            case "clv" -> ClvBench.run(out, customers, seed, warmup, runs, model);
            case "command" -> WholeCommandBench.run(out, input, commandArguments, warmup, runs);
            default -> throw new CliException(ExitCodes.USAGE, "unknown stage '" + stage
                    + "'; choose rfm, open, segment, blobs, embedding, clv or command.");
        }
        return ExitCodes.OK;
    }

    private void embedding(PrintWriter out, Path file) {
        Table table = CustomerTables.load(file, ReadOptions.DEFAULT, Progress.NONE);
        List<EmbeddingBenchmark.Row> rows = EmbeddingBenchmark.run(file, table, k, dims, 42);
        out.printf("embedding %s: %,d customers, k = %d, seed 42%n", file.getFileName(), table.rowCount(), k);
        out.printf("%-13s %4s %10s %7s %10s %11s %6s %8s %8s %6s %9s%n", "space", "dims", "recon MSE", "recon R2",
                "silhouette", "sil (std)", "ARI", "seconds", "train s", "epochs", "anomalies");
        for (EmbeddingBenchmark.Row r : rows) {
            out.printf("%-13s %4d %10.4f %7.3f %10.3f %11.3f %6.3f %8.2f %8.2f %6d %9d%n", r.space(), r.dimensions(),
                    r.reconstructionError(), r.reconstructionR2(), r.silhouette(), r.standardizedSilhouette(), r.ari(),
                    r.seconds(), r.trainingSeconds(), r.epochs(), r.anomalies());
        }
    }

    private double[][] customerFeatures(Path file) {
        Table table = CustomerTables.load(file, ReadOptions.DEFAULT, Progress.NONE);
        double[][] columns = new double[features.size()][];
        for (int f = 0; f < features.size(); f++) {
            columns[f] = table.numericColumn(table.columnIndex(features.get(f)));
        }
        FeatureInput in = new FeatureInput(null, null, features, columns);
        return FeaturePipeline.fit(in, FeatureOptions.DEFAULT).transform(in);
    }

    private void sweep(PrintWriter out, String what, double[][] x) {
        SegmentBenchmark.Timing t = SegmentBenchmark.sweep(x, 2, 10, 10, 42, warmup, runs, tribuo);
        out.printf("segment sweep k=2..10 on %s: %,d x %d, engine %s%n", what, t.rows(), t.columns(), t.engine());
        out.printf("median %.3f s over %d runs after %d warm-up (runs: %s; process CPU: %s)%n", median(t.seconds()),
                runs, warmup, seconds(t.seconds()), seconds(t.cpuSeconds()));
        for (SweepPoint p : t.sweep()) {
            out.printf("  k=%-2d inertia %12.2f  silhouette %.4f  Davies-Bouldin %.4f  Calinski-Harabasz %.1f%n",
                    p.k(), p.inertia(), p.silhouette(), p.daviesBouldin(), p.calinskiHarabasz());
        }
    }

    private static int rows(String text) {
        try {
            return Integer.parseInt(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new CliException(ExitCodes.USAGE, "blobs needs a number of rows, not '" + text + "'.");
        }
    }

    private static double median(double[] values) {
        return Descriptive.median(values);
    }

    static String seconds(double[] values) {
        return String.join(" ", Arrays.stream(values).mapToObj(v -> String.format("%.3f", v)).toList());
    }
}
