package org.clientele.spark;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clientele.core.data.ColumnSpec;
import org.clientele.core.data.DataSource;
import org.clientele.core.data.DateLayout;
import org.clientele.core.data.DateOrderScan;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.data.Schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.apache.spark.sql.functions.col;

/**
 * An input as Spark reads it: every column as text, in file order, beside the schema core detects on the
 * first rows (delimiter, encoding, column types, roles, date layout), so both engines read a file the same
 * way. A local CSV is sniffed where it lies; a remote one (HDFS, S3) or Parquet is sampled through Spark
 * into a small local CSV first (Parquet values as Spark prints them, timestamps in UTC).
 */
final class LogInput {

    /** Rows core looks at to detect the schema, as its own streaming reader does. */
    static final int SAMPLE_ROWS = 5_000;

    final String location;
    final Schema schema;
    final Dataset<Row> rows;
    /** The date column's layout with day/month order settled (as the in-process reader settles it), or null. */
    final DateLayout dateLayout;
    /** What the cleaning report warns about reading this input, as the in-process reader's (day/month order). */
    final List<String> warnings;

    private LogInput(String location, Schema schema, Dataset<Row> rows, DateLayout dateLayout, List<String> warnings) {
        this.location = location;
        this.schema = schema;
        this.rows = rows;
        this.dateLayout = dateLayout;
        this.warnings = warnings;
    }

    static LogInput open(SparkSession spark, String location, ReadOptions options) {
        boolean parquet = Locations.isParquet(location);
        Path local = Locations.localPath(location);
        Path sample = null;
        try {
            Path sniffed;
            if (!parquet && local != null) {
                sniffed = local;
            } else {
                sample = Files.createTempFile("clientele-sample", ".csv");
                writeSample(spark, location, parquet, sample);
                sniffed = sample;
            }
            Schema schema;
            try (DataSource src = DataSource.open(sniffed, options, SAMPLE_ROWS, false)) {
                schema = src.schema();
            }
            Dataset<Row> raw = parquet ? spark.read().parquet(location) : spark.read()
                    .option("header", "true")
                    .option("sep", String.valueOf(schema.format().delimiter()))
                    .option("encoding", schema.format().charset().name())
                    .option("quote", "\"").option("escape", "\"")
                    .option("inferSchema", "false")
                    .option("mode", "FAILFAST")
                    .csv(location);
            String[] names = raw.columns();
            if (names.length != schema.columns().size()) {
                throw new IllegalStateException(location + ": Spark reads " + names.length + " columns, "
                        + "the sample " + schema.columns().size());
            }
            Column[] text = new Column[names.length];
            for (int i = 0; i < names.length; i++) {
                text[i] = col("`" + names[i].replace("`", "``") + "`").cast("string").as("c" + i);
            }
            String date = schema.roles().date();
            DateLayout guess = date == null ? null : schema.spec(date).dateLayout();
            DateLayout decided = dateLayout(schema, sniffed);
            List<String> warnings = guess != null && schema.spec(date).dateOrderGuessed() && decided == null
                    ? List.of(DateOrderScan.undecidedWarning(date, guess)) : List.of();
            return new LogInput(location, schema, raw.select(text), decided == null ? guess : decided, warnings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (sample != null) {
                try {
                    Files.deleteIfExists(sample);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    /** The date layout with day/month order settled by reading on as core does, or null when nothing settles it. */
    private static DateLayout dateLayout(Schema schema, Path sniffed) {
        String date = schema.roles().date();
        if (date == null) {
            return null;
        }
        ColumnSpec spec = schema.spec(date);
        DateLayout layout = spec.dateLayout();
        if (layout != null && spec.dateOrderGuessed()) {
            return DateOrderScan.decide(sniffed, schema.format(), schema.indexOf(date), null);
        }
        return layout;
    }

    /** The first rows of a remote CSV (as lines) or of Parquet (as text cells) in a local CSV file. */
    private static void writeSample(SparkSession spark, String location, boolean parquet, Path to) throws IOException {
        if (!parquet) {
            List<String> lines = spark.read().textFile(location).limit(SAMPLE_ROWS + 1).collectAsList();
            Files.write(to, lines, StandardCharsets.UTF_8);
            return;
        }
        Dataset<Row> df = spark.read().parquet(location);
        String[] names = df.columns();
        Column[] text = new Column[names.length];
        for (int i = 0; i < names.length; i++) {
            text[i] = col("`" + names[i].replace("`", "``") + "`").cast("string");
        }
        List<Row> rows = df.select(text).limit(SAMPLE_ROWS).collectAsList();
        try (Writer w = Files.newBufferedWriter(to, StandardCharsets.UTF_8);
             CSVPrinter csv = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get().print(w)) {
            csv.printRecord((Object[]) names);
            for (Row r : rows) {
                Object[] cells = new Object[names.length];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = r.isNullAt(i) ? "" : r.getString(i);
                }
                csv.printRecord(cells);
            }
        }
    }
}
