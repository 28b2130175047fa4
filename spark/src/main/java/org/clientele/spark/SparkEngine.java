package org.clientele.spark;

import org.apache.spark.sql.SparkSession;
import org.clientele.core.Setting;
import org.clientele.core.UserInputException;
import org.clientele.core.UserInputException.Reason;
import org.clientele.core.analysis.CustomerTables;
import org.clientele.core.analysis.DerivedColumns;
import org.clientele.core.analysis.ScaleOutEngine;
import org.clientele.core.analysis.SegmentationRun;
import org.clientele.core.data.DataFileException;
import org.clientele.core.data.DataKind;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.data.Table;
import org.clientele.core.eda.CategoryRules;
import org.clientele.core.eda.EdaResult;
import org.clientele.core.io.TypedTable;
import org.clientele.core.task.Progress;
import org.clientele.core.transactions.CleaningRules;
import org.clientele.core.transactions.CustomerTable;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The stages on Apache Spark: a log (CSV or Parquet; local, HDFS or S3 through Hadoop's file systems) cleaned and
 * aggregated into customers on the cluster, segmentation with MLlib. One session per engine, stopped on close.
 */
public final class SparkEngine implements ScaleOutEngine {

    private final SparkSession spark;

    SparkEngine(SparkSession spark) {
        this.spark = spark;
    }

    /** Starts a session on {@code master} (null: {@code spark.master} if set, e.g. by spark-submit, else local[*]). */
    public static SparkEngine start(String master) {
        return new SparkEngine(Sessions.start(master));
    }

    SparkSession session() {
        return spark;
    }

    @Override
    public CustomerTable customers(String location, ReadOptions options, CleaningRules rules, LocalDate asOf,
                                   Progress progress) {
        return translated(location, () -> SparkCustomerTable.build(LogInput.open(spark, location,
                options == null ? ReadOptions.DEFAULT : options), rules == null ? CleaningRules.DEFAULT : rules, asOf,
                progress));
    }

    @Override
    public Table customerTable(String location, ReadOptions options, Progress progress) {
        ReadOptions opts = options == null ? ReadOptions.DEFAULT : options;
        return translated(location, () -> {
            LogInput in = LogInput.open(spark, location, opts);
            DataKind kind = opts.kind() != null ? opts.kind() : in.schema.kind();
            if (kind == DataKind.TRANSACTIONS) {
                return SparkCustomerTable.build(in, CleaningRules.DEFAULT, null, progress).toTable();
            }
            // A customer table is small (one row per customer): read it here as the in-process engine does.
            Path local = Locations.localPath(location);
            if (local != null && !Locations.isParquet(location)) {
                return CustomerTables.load(local, opts.withKind(kind), progress);
            }
            return DerivedColumns.apply(LocalCopy.table(in, opts.withKind(kind), progress), null);
        });
    }

    @Override
    public EdaResult eda(String location, ReadOptions options, CleaningRules rules, CategoryRules categories, long seed,
                         Progress progress) {
        return translated(location, () -> SparkEda.run(
                LogInput.open(spark, location, options == null ? ReadOptions.DEFAULT : options),
                rules == null ? CleaningRules.DEFAULT : rules, categories == null ? CategoryRules.defaults() : categories,
                seed, progress == null ? Progress.NONE : progress).result());
    }

    @Override
    public Scored score(Path modelDir, String location, ReadOptions options, boolean imputeMissing, Path out,
                        Progress progress) {
        return translated(location, () -> SparkScoring.score(spark, modelDir, location,
                options == null ? ReadOptions.DEFAULT : options, imputeMissing, out, progress));
    }

    @Override
    public void writeParquet(TypedTable table, String location) {
        ParquetTables.write(spark, table, location);
    }

    @Override
    public SegmentationRun.Clustering clustering() {
        return new SparkClustering(spark);
    }

    @Override
    public String describe() {
        return "Spark " + spark.version() + ", " + spark.sparkContext().master();
    }

    @Override
    public void close() {
        spark.stop();
    }

    /** A failure on an executor as the error the in-process engine would give for the same file. */
    private static <T> T translated(String location, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            BadCell bad = find(e, BadCell.class);
            if (bad != null) {
                throw new DataFileException(Reason.BAD_VALUE, Path.of(Locations.name(location)), 0, bad.column,
                        "\"" + bad.value + "\" is not " + (bad.date ? "a date like the others in this column" : "a number"),
                        "Fix the value, or choose the right column", bad.date ? Setting.DATE_COLUMN : Setting.AMOUNT_COLUMN);
            }
            if (e instanceof UserInputException) {
                throw e;
            }
            if (find(e, java.io.FileNotFoundException.class) != null || e.getClass().getSimpleName().equals("AnalysisException")
                    && String.valueOf(e.getMessage()).contains("PATH_NOT_FOUND")) {
                throw new DataFileException(Reason.FILE_UNREADABLE, Path.of(Locations.name(location)), 0, null,
                        "no such file (" + location + ")", "Check the path or URI");
            }
            throw e;
        }
    }

    private static <X extends Throwable> X find(Throwable e, Class<X> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
