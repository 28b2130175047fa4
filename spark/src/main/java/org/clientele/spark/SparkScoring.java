package org.clientele.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clientele.core.Setting;
import org.clientele.core.UnusableDataException;
import org.clientele.core.UserInputException.Reason;
import org.clientele.core.analysis.PredictionRun;
import org.clientele.core.analysis.ScaleOutEngine;
import org.clientele.core.data.DataFileException;
import org.clientele.core.data.DataKind;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.data.Schema;
import org.clientele.core.data.Table;
import org.clientele.core.io.CsvOutput;
import org.clientele.core.predict.ModelBundle;
import org.clientele.core.task.Progress;
import org.clientele.core.transactions.CleaningRules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * {@code predict --engine spark}: a saved bundle applied to a large customer table with mapPartitions (the
 * bundle loaded once per executor, see {@link PartitionScorer}); the predictions stream back into the contract's
 * CSV, or are written by the executors as Parquet when the output ends with {@code .parquet}. A transaction log
 * is first aggregated on Spark, and its (small) customer table scored here as in-process.
 */
final class SparkScoring {

    private SparkScoring() {
    }

    static ScaleOutEngine.Scored score(SparkSession spark, Path modelDir, String location, ReadOptions options,
                                       boolean imputeMissing, Path out, Progress progress) {
        ModelBundle bundle = ModelBundle.load(modelDir);
        LogInput in = LogInput.open(spark, location, options);
        DataKind kind = options.kind() != null ? options.kind() : in.schema.kind();
        Path named = Path.of(Locations.name(location));
        if (kind == DataKind.TRANSACTIONS) {
            Table table = SparkCustomerTable.build(in, CleaningRules.DEFAULT, null, progress).toTable();
            PredictionRun.Predictions p = PredictionRun.score(named, table, bundle, imputeMissing);
            p.writeCsv(out);
            return new ScaleOutEngine.Scored(p.task(), p.rowCount(), p.outOfDistributionCount(), p.warnings());
        }
        if (bundle.categoricalEncoding() != null) {
            throw new UnusableDataException(Reason.OPTION_OUT_OF_RANGE, "this model uses categorical inputs, which the "
                    + "Spark engine does not score yet", "Score it with the in-process engine");
        }
        // Columns derived from dates in-process (tenure, age) must be in the file itself here.
        Schema schema = in.schema;
        List<String> inputs = bundle.inputColumns();
        int[] columns = new int[inputs.size()];
        boolean[] european = new boolean[inputs.size()];
        List<String> absent = new ArrayList<>();
        for (int f = 0; f < columns.length; f++) {
            columns[f] = schema.indexOf(inputs.get(f));
            european[f] = columns[f] >= 0 && schema.specs().get(columns[f]).european();
            if (columns[f] < 0) {
                absent.add(inputs.get(f));
            }
        }
        List<String> warnings = new ArrayList<>();
        if (!absent.isEmpty()) {
            if (!imputeMissing || absent.size() == inputs.size()) {
                throw new DataFileException(Reason.COLUMN_MISSING, named, 0, null, "the model needs column"
                        + (absent.size() > 1 ? "s " : " ") + String.join(", ", absent) + ", which the file lacks",
                        "Add " + (absent.size() > 1 ? "them" : "it") + ", or fill missing columns with the training median",
                        Setting.IMPUTE_MISSING);
            }
            warnings.add("column" + (absent.size() > 1 ? "s " : " ") + String.join(", ", absent) + " missing from "
                    + named + ": every row uses the training median");
        }
        boolean regression = bundle.task().equals("regression");
        Broadcast<Map<String, byte[]>> files = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(files(modelDir));
        int id = schema.idColumn() == null ? -1 : schema.indexOf(schema.idColumn());
        Dataset<Row> scored = in.rows.mapPartitions(new PartitionScorer(UUID.randomUUID().toString(), files, id, columns,
                        european, inputs.toArray(new String[0]), regression),
                Encoders.row(regression ? PartitionScorer.REGRESSION : PartitionScorer.CLASSIFICATION));
        String idName = schema.idColumn() == null ? "row" : schema.idColumn();
        progress.update(0.1, "Scoring on Spark");
        long[] counts;
        if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet")) {
            scored = scored.withColumnRenamed("id", idName).cache();
            scored.write().mode("overwrite").parquet(out.toString());
            counts = new long[]{scored.count(), regression ? 0
                    : scored.where("out_of_distribution").count()};
            scored.unpersist();
        } else {
            counts = writeCsv(scored, idName, regression, out);
        }
        files.destroy();
        return new ScaleOutEngine.Scored(bundle.task(), counts[0], counts[1], warnings);
    }

    /** The contract's predictions CSV, streamed partition by partition to the driver. */
    private static long[] writeCsv(Dataset<Row> scored, String idName, boolean regression, Path out) {
        List<String> header = new ArrayList<>(List.of(idName));
        header.addAll(regression ? List.of("prediction") : List.of("segment", "segment_name", "confidence",
                "out_of_distribution"));
        long[] counts = new long[2];
        CsvOutput.write(out, header, csv -> {
            Iterator<Row> rows = scored.toLocalIterator();
            while (rows.hasNext()) {
                Row r = rows.next();
                counts[0]++;
                String rowId = r.isNullAt(0) ? Long.toString(counts[0]) : r.getString(0);
                if (regression) {
                    csv.row(rowId, number(r.getDouble(1)));
                } else {
                    boolean ood = r.getBoolean(4);
                    counts[1] += ood ? 1 : 0;
                    csv.row(rowId, r.getString(1), r.getString(2), number(r.getDouble(3)), ood);
                }
            }
        });
        return counts;
    }

    /** As PredictionRun writes it: eight significant digits, never in exponent notation. */
    private static String number(double v) {
        return Double.isFinite(v) ? new BigDecimal(v).round(new MathContext(8)).stripTrailingZeros().toPlainString() : "";
    }

    private static Map<String, byte[]> files(Path dir) {
        Map<String, byte[]> out = new HashMap<>();
        try (var walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
