package org.clientele.app.cli;

import org.clientele.core.analysis.CustomerTables;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.analysis.SegmentationRun;
import org.clientele.core.data.Table;
import org.clientele.core.segment.Algorithm;
import org.clientele.core.segment.SegmentOptions;
import org.clientele.core.segment.profile.ColumnVocabulary;
import org.clientele.core.segment.profile.SegmentEntry;
import org.clientele.core.segment.rfm.RfmRuleTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
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

    @Mixin
    CommonOptions.OutDir output;

    @Mixin
    CommonOptions.Seed seeding;

    @Mixin
    CommonOptions.Force overwrite;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Customer table or transaction log.")
    Path file;

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

    @Option(names = "--vocabulary", paramLabel = "FILE.json",
            description = {"Your own column vocabulary (JSON, as core's column-vocabulary.json): header patterns",
                    "-> plain label, unit, scale, role; tried before the built-in one."})
    Path vocabulary;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() {
        Path json = output.out.resolve("segments.json");
        Path csv = output.out.resolve("assignments.csv");
        overwrite.checkWritable(json);
        Path rulesOut = output.out.resolve("rfm_rules.csv");
        overwrite.checkWritable(csv);
        overwrite.checkWritable(rulesOut);
        SegmentOptions options = options();
        RfmRuleTable rules = rfmRules == null ? RfmRuleTable.defaults() : RfmRuleTable.read(rfmRules);
        ColumnVocabulary words = vocabulary();
        ConsoleProgress progress = ConsoleProgress.forTerminal();
        SegmentationReport report;
        try {
            Table table = CustomerTables.load(file, input.toReadOptions(), progress.slice(0, 0.2));
            report = SegmentationRun.run(file, table, options, rules, words, progress.slice(0.2, 1));
        } finally {
            progress.done();
        }
        report.writeJson(json, report.provenance(file, options));
        report.writeAssignments(csv);
        if (report.rfmRules() != null) {
            report.rfmRules().writeCsv(rulesOut);
        }
        print(spec.commandLine().getOut(), report, json, csv);
        return ExitCodes.OK;
    }

    private ColumnVocabulary vocabulary() {
        if (vocabulary == null) {
            return ColumnVocabulary.defaults();
        }
        if (!Files.isRegularFile(vocabulary)) {
            throw new CliException(ExitCodes.BAD_INPUT, vocabulary + ": no such file.");
        }
        try {
            return ColumnVocabulary.defaults().withOverrides(ColumnVocabulary.read(vocabulary));
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.BAD_INPUT, e.getMessage().lines().findFirst().orElse("") + ".");
        }
    }

    private SegmentOptions options() {
        try {
            Integer chosen = k.equalsIgnoreCase("auto") ? null : Integer.valueOf(k);
            if (kMin < 2 || kMax < kMin || (chosen != null && chosen < 2)) {
                throw new IllegalArgumentException("k must be at least 2 and --k-min <= --k-max");
            }
            return SegmentOptions.DEFAULT.withAlgorithm(Algorithm.parse(algorithm)).withK(chosen)
                    .withRange(kMin, kMax).withSeed(seeding.seed).withFeatures(features).withTransform(!noTransform)
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
            out.printf("  %d. %s%n     Action: %s%n", s.id(), s.description(), s.action());
        }
        out.println("Wrote " + json + " and " + csv + ".");
    }
}
