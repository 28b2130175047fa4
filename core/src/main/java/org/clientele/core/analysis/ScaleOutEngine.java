package org.clientele.core.analysis;

import org.clientele.core.data.ReadOptions;
import org.clientele.core.data.Table;
import org.clientele.core.task.Progress;
import org.clientele.core.transactions.CleaningRules;
import org.clientele.core.transactions.CustomerTable;

import java.time.LocalDate;

/**
 * An engine that runs the row-heavy stages somewhere other than this process (the optional Spark module runs
 * them on a cluster or on local cores), found at run time through {@link java.util.ServiceLoader} so that core
 * and the application never depend on it. Locations are paths or URIs its file systems know (HDFS, S3).
 * What comes back is the same customer table, cleaning report and segmentation the in-process engine makes,
 * so everything written from them follows the same contract.
 */
public interface ScaleOutEngine extends AutoCloseable {

    /** Finds and starts an engine; listed in {@code META-INF/services/org.clientele.core.analysis.ScaleOutEngine$Provider}. */
    interface Provider {
        /** The name {@code --engine} takes ("spark"). */
        String name();

        /** @param master where to run (for Spark: {@code local[*]}, {@code spark://host:7077}, {@code yarn}), null for the default */
        ScaleOutEngine open(String master);
    }

    /** A transaction log cleaned by the same rules and aggregated into the same customer table as {@code rfm}. */
    CustomerTable customers(String location, ReadOptions options, CleaningRules rules, LocalDate asOf,
                            Progress progress);

    /** The customer table of any input: a log is aggregated as {@link #customers} does, a customer table read. */
    Table customerTable(String location, ReadOptions options, Progress progress);

    /**
     * The exploratory analysis of a transaction log, as {@link org.clientele.core.eda.TransactionEda#run} makes
     * it in-process: the log cleaned as {@link #customers} cleans it, every kept row through core's
     * accumulators where it lies, merged in file order.
     */
    org.clientele.core.eda.EdaResult eda(String location, ReadOptions options, CleaningRules rules,
                                         org.clientele.core.eda.CategoryRules categories, long seed, Progress progress);

    /** What {@link #score} did: the model's task, rows scored, rows unlike every training customer, warnings. */
    record Scored(String task, long rows, long outOfDistribution, java.util.List<String> warnings) {
    }

    /**
     * Scores every row of {@code location} with the model saved in {@code modelDir} and writes the contract's
     * predictions CSV to {@code out} (or Parquet, when {@code out} ends with .parquet).
     */
    Scored score(java.nio.file.Path modelDir, String location, ReadOptions options, boolean imputeMissing,
                 java.nio.file.Path out, Progress progress);

    /**
     * Writes {@code table} as Parquet to {@code location} (a folder of part files, as Spark writes it; replaced
     * when it exists), with the table's column names and types.
     */
    void writeParquet(org.clientele.core.io.TypedTable table, String location);

    /** Clustering by this engine, for {@link SegmentationRun#run}. */
    SegmentationRun.Clustering clustering();

    /** What the engine runs on, for notes and provenance ("Spark 3.5.6, local[2]"). */
    String describe();

    @Override
    void close();
}
