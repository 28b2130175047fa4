package org.clientele.app.cli;

import org.clientele.core.analysis.CustomerTables;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.analysis.SegmentationRun;
import org.clientele.core.data.Table;
import org.clientele.core.io.OutputFiles;
import org.clientele.core.segment.Algorithm;
import org.clientele.core.segment.SegmentOptions;
import org.clientele.core.segment.profile.SegmentEntry;
import org.clientele.core.segment.rfm.RfmRuleException;
import org.clientele.core.segment.rfm.RfmRuleTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code clientele segment FILE --out DIR}: discover, choose, profile and name customer segments. */
@Command(name = "segment", mixinStandardHelpOptions = true,
        description = {"Discover customer segments and explain them in plain English.",
                "Sweeps k (inertia, silhouette, Davies-Bouldin, Calinski-Harabasz), picks",
                "k by silhouette (by BIC for gmm, by density for hdbscan), and writes",
                "DIR/segments.json and DIR/assignments.csv (and DIR/rfm_rules.csv, the rule table that",
                "named the RFM segments, when the table has recency, frequency and monetary columns).",
                "A transaction log is first turned into a customer table exactly as 'rfm' does."})
final class SegmentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Customer table or transaction log.")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;

    @Option(names = "--algorithm", defaultValue = "kmeans", paramLabel = "kmeans|gmm|ward|hdbscan",
            description = "Clustering algorithm (default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Option(names = "--k", defaultValue = "auto", paramLabel = "auto|N", description = "Number of segments (default: ${DEFAULT-VALUE}).")
    String k;

    @Option(names = "--k-min", defaultValue = "2", paramLabel = "N", description = "Smallest k tried (default: ${DEFAULT-VALUE}).")
    int kMin;

    @Option(names = "--k-max", defaultValue = "10", paramLabel = "N", description = "Largest k tried (default: ${DEFAULT-VALUE}).")
    int kMax;

    @Option(names = "--features", split = ",", paramLabel = "A,B,...",
            description = "Columns to segment on (default: every numeric non-identifier column).")
    List<String> features;

    @Option(names = "--no-transform", description = "Skip log1p of skewed features and standardisation.")
    boolean noTransform;

    @Option(names = "--restarts", defaultValue = "10", paramLabel = "N", description = "k-means++ restarts per k (default: ${DEFAULT-VALUE}).")
    int restarts;

    @Option(names = "--bootstrap", defaultValue = "10", paramLabel = "N",
            description = "Bootstrap resamples for the stability score, 0 to skip (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = "--min-cluster-size", paramLabel = "N", description = "hdbscan: smallest segment (default: max(5, 1%% of rows)).")
    Integer minClusterSize;

    @Option(names = "--rfm-rules", paramLabel = "RULES.csv",
            description = {"Your own table of named RFM segments (CSV or JSON, as the rfm_rules.csv this",
                    "command writes); it must cover all 25 R x FM cells once."})
    Path rfmRules;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--force", description = "Overwrite existing output files.")
    boolean force;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() {
        Path json = out.resolve("segments.json");
        Path csv = out.resolve("assignments.csv");
        OutputFiles.checkWritable(json, force);
        Path rulesOut = out.resolve("rfm_rules.csv");
        OutputFiles.checkWritable(csv, force);
        OutputFiles.checkWritable(rulesOut, force);
        SegmentOptions options = options();
        RfmRuleTable rules;
        try {
            rules = rfmRules == null ? RfmRuleTable.defaults() : RfmRuleTable.read(rfmRules);
        } catch (RfmRuleException e) {
            throw new CliException(ExitCodes.BAD_INPUT, e.getMessage() + (e.getMessage().endsWith(".") ? "" : "."));
        }
        ConsoleProgress progress = ConsoleProgress.forTerminal();
        SegmentationReport report;
        try {
            Table table = CustomerTables.load(file, input.toReadOptions(), progress.slice(0, 0.2));
            report = SegmentationRun.run(file, table, options, rules, progress.slice(0.2, 1));
        } finally {
            progress.done();
        }
        report.writeJson(json);
        report.writeAssignments(csv);
        if (report.rfmRules() != null) {
            report.rfmRules().writeCsv(rulesOut);
        }
        print(spec.commandLine().getOut(), report, json, csv);
        return ExitCodes.OK;
    }

    private SegmentOptions options() {
        try {
            Integer chosen = k.equalsIgnoreCase("auto") ? null : Integer.valueOf(k);
            if (kMin < 2 || kMax < kMin || (chosen != null && chosen < 2)) {
                throw new IllegalArgumentException("k must be at least 2 and --k-min <= --k-max");
            }
            return SegmentOptions.DEFAULT.withAlgorithm(Algorithm.parse(algorithm)).withK(chosen)
                    .withRange(kMin, kMax).withSeed(seed).withFeatures(features).withTransform(!noTransform)
                    .withRestarts(restarts).withBootstrap(bootstrap).withMinClusterSize(minClusterSize);
        } catch (NumberFormatException e) {
            throw new CliException(ExitCodes.USAGE, "--k must be 'auto' or a whole number, not '" + k + "'.");
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage() + ".");
        }
    }

    private static void print(PrintWriter out, SegmentationReport report, Path json, Path csv) {
        var r = report.result();
        out.printf("%s: %d segments (k chosen by %s), silhouette %.3f%s.%n", r.algorithm().label(), r.k(),
                r.kChosenBy(), r.silhouette(), r.outliers() > 0 ? String.format(", %,d outliers", r.outliers()) : "");
        for (SegmentEntry s : report.segments()) {
            out.printf("  %d. %s%n", s.id(), s.description());
            List<String> mix = report.compositionHighlights(s.id());
            if (!mix.isEmpty()) {
                out.printf("     Mix: %s%n", String.join("; ", mix));
            }
            out.printf("     Action: %s%n", s.action());
        }
        out.println("Wrote " + json + " and " + csv + ".");
    }
}
