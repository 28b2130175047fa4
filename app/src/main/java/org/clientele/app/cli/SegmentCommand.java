package org.clientele.app.cli;

import org.clientele.core.analysis.CustomerTables;
import org.clientele.core.analysis.EmbeddingChoice;
import org.clientele.core.analysis.ScaleOutEngine;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.analysis.SegmentationRun;
import org.clientele.core.data.Table;
import org.clientele.core.segment.Algorithm;
import org.clientele.core.segment.SegmentOptions;
import org.clientele.core.segment.profile.ColumnVocabulary;
import org.clientele.core.segment.SegmentSolidity;
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
                "Sweeps k over 3-8 (inertia, silhouette, Davies-Bouldin, Calinski-Harabasz, gap statistic,",
                "bootstrap stability), picks k from the elbow, gap, silhouette and stability together",
                "(BIC too for gmm; density for hdbscan), says why in one sentence, and writes",
                "DIR/segments.json and DIR/assignments.csv (or, on Spark, DIR/assignments.parquet) and",
                "DIR/rfm_rules.csv (the rule table that named the RFM segments) when the table has",
                "recency, frequency and monetary columns.",
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

    @Option(names = "--algorithm", defaultValue = "kmeans", paramLabel = "kmeans|gmm|ward|hdbscan|consensus",
            description = {"Clustering algorithm (default: ${DEFAULT-VALUE}); consensus combines kmeans, gmm",
                    "and ward by co-association and reports how far they agree per segment."})
    String algorithm;

    @Mixin
    KRangeOptions kRange;

    @Option(names = "--features", split = ",", paramLabel = "A,B,...",
            description = "Columns to segment on (default: every numeric non-identifier column).")
    List<String> features;

    @Option(names = "--no-transform", description = "Skip log1p of skewed features and standardisation.")
    boolean noTransform;

    @Option(names = "--embedding", defaultValue = "standardized",
            paramLabel = "standardized|pca[:DIMS]|autoencoder[:DIMS]",
            description = {"Space to cluster in (default: ${DEFAULT-VALUE}): the preprocessed",
                    "features, their first DIMS (1-8, default 2) principal components, or the",
                    "DIMS-dimensional bottleneck of an autoencoder trained on them. With the",
                    "autoencoder, segments.json 'embedding' has its reconstruction error next to",
                    "PCA's, and assignments.csv ae1.., reconstructionError and anomaly (above the",
                    "99th percentile of training error). Loads TensorFlow (first use unpacks",
                    "~600 MB to the JavaCPP cache)."})
    String embedding;

    @Mixin
    RestartOptions restarts;

    @Option(names = "--bootstrap", defaultValue = "10", paramLabel = "N",
            description = "Bootstrap resamples for the stability score, 0 to skip (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Mixin
    HdbscanOptions hdbscan;

    @Option(names = "--rfm-rules", paramLabel = "RULES.csv",
            description = {"Your own table of named RFM segments (CSV or JSON, as the rfm_rules.csv this",
                    "command writes); it must cover all 25 R x FM cells once."})
    Path rfmRules;

    @Option(names = "--vocabulary", paramLabel = "FILE.json",
            description = {"Your own column vocabulary (JSON, as core's column-vocabulary.json): header patterns",
                    "-> plain label, unit, scale, role; tried before the built-in one."})
    Path vocabulary;

    @Option(names = "--assignments-format", defaultValue = "csv", paramLabel = "csv|parquet",
            description = {"DIR/assignments.csv (default) or DIR/assignments.parquet: the same columns, typed, as a",
                    "folder of Parquet part files written by Spark (needs --engine spark)."})
    String assignmentsFormat;

    @Mixin
    InputOptions input;

    @Mixin
    EngineOptions engines;

    @Override
    public Integer call() {
        boolean parquet = parquetAssignments();
        Path json = output.out.resolve("segments.json");
        Path csv = output.out.resolve(parquet ? "assignments.parquet" : "assignments.csv");
        overwrite.checkWritable(json);
        Path rulesOut = output.out.resolve("rfm_rules.csv");
        if (parquet) {
            overwrite.checkWritableFolder(csv);
        } else {
            overwrite.checkWritable(csv);
        }
        overwrite.checkWritable(rulesOut);
        SegmentOptions options = options();
        EmbeddingChoice space = embedding();
        RfmRuleTable rules = rfmRules == null ? RfmRuleTable.defaults() : RfmRuleTable.read(rfmRules);
        ColumnVocabulary words = vocabulary();
        ConsoleProgress progress = ConsoleProgress.forTerminal();
        SegmentationReport report;
        try (ScaleOutEngine engine = engines.open()) {
            Table table = engine == null ? CustomerTables.load(file, input.toReadOptions(), progress.slice(0, 0.2))
                    : engine.customerTable(EngineOptions.location(spec, file), input.toReadOptions(), progress.slice(0, 0.2));
            report = SegmentationRun.run(file, table, options, rules, words, space,
                    engine == null ? SegmentationRun.IN_PROCESS : engine.clustering(), progress.slice(0.2, 1));
            if (parquet) {
                engine.writeParquet(report.assignments(), csv.toString());
            }
        } finally {
            progress.done();
        }
        report.writeJson(json, report.provenance(file, options));
        if (!parquet) {
            report.writeAssignments(csv);
        }
        if (report.rfmRules() != null) {
            report.rfmRules().writeCsv(rulesOut);
        }
        print(spec.commandLine().getOut(), report, json, csv);
        return ExitCodes.OK;
    }

    private boolean parquetAssignments() {
        String format = assignmentsFormat.trim().toLowerCase(java.util.Locale.ROOT);
        if (!format.equals("csv") && !format.equals("parquet")) {
            throw new CliException(ExitCodes.USAGE, "--assignments-format must be csv or parquet, not '"
                    + assignmentsFormat + "'.");
        }
        if (format.equals("parquet") && engines.inProcess()) {
            throw new CliException(ExitCodes.USAGE, "Parquet assignments are written by Spark: add --engine spark, "
                    + "or leave out --assignments-format for assignments.csv.");
        }
        return format.equals("parquet");
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

    private EmbeddingChoice embedding() {
        try {
            return EmbeddingChoice.parse(embedding);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, "--embedding: " + e.getMessage() + ".");
        }
    }

    private SegmentOptions options() {
        try {
            SegmentOptions.Builder b = SegmentOptions.builder().algorithm(Algorithm.parse(algorithm)).seed(seeding.seed)
                    .features(features).transform(!noTransform).bootstrap(bootstrap);
            kRange.applyTo(b);
            restarts.applyTo(b);
            hdbscan.applyTo(b);
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage() + ".");
        }
    }

    private static void print(PrintWriter out, SegmentationReport report, Path json, Path csv) {
        var r = report.result();
        out.printf("%s: %d segments (k chosen by %s), silhouette %.3f%s.%n", r.algorithm().label(), r.k(),
                r.kChosenBy(), r.silhouette(), r.outliers() > 0 ? String.format(", %,d outliers", r.outliers()) : "");
        if (r.kChoice() != null) {
            out.println(r.kChoice().sentence());
        }
        // What was derived from the table (a column left out, a totals row dropped, an encoding): also in segments.json.
        r.notes().forEach(note -> out.println("Note: " + note + (note.endsWith(".") ? "" : ".")));
        var embedding = report.document().embedding();
        if (!EmbeddingChoice.STANDARDIZED.equals(embedding.method())) {
            out.println("Embedding: " + embedding.description() + ".");
        }
        for (SegmentEntry s : report.segments()) {
            out.printf("  %d. %s%n     %s%n", s.id(), s.description(), SegmentSolidity.of(r, s.id()));
            List<String> mix = report.compositionHighlights(s.id());
            if (!mix.isEmpty()) {
                out.printf("     Mix: %s%n", String.join("; ", mix));
            }
            out.printf("     Action: %s%n", s.action());
        }
        out.println("Wrote " + json + " and " + csv + ".");
    }
}
