package org.clientele.core.report;

import org.clientele.core.analysis.CustomerTables;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.analysis.SegmentationRun;
import org.clientele.core.data.DataKind;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.data.Table;
import org.clientele.core.eda.EdaResult;
import org.clientele.core.eda.TransactionEda;
import org.clientele.core.segment.SegmentOptions;
import org.clientele.core.task.Progress;
import org.clientele.core.transactions.CleaningRules;

import java.nio.file.Path;
import java.util.List;

/**
 * The whole pipeline for a manager's report: the customer table, its k-means segments (k chosen by
 * silhouette) with names, descriptions and actions, and for a transaction log the headline figures of
 * its exploratory analysis and what cleaning removed.
 *
 * @param file         the input, as named in the report
 * @param kind         what the input was
 * @param table        one row per customer (built from the log for a transaction log)
 * @param segmentation the segments
 * @param eda          the exploratory analysis of a transaction log, null for a customer table
 * @param seed         the seed of every random choice
 * @param lifetimeValue the clv stage on a transaction log (null for a customer table)
 */
public record ManagerReport(Path file, DataKind kind, Table table, SegmentationReport segmentation, EdaResult eda,
                            long seed, LifetimeValueSection lifetimeValue) {

    /** Without lifetime value (kept for callers written before it). */
    public ManagerReport(Path file, DataKind kind, Table table, SegmentationReport segmentation, EdaResult eda,
                         long seed) {
        this(file, kind, table, segmentation, eda, seed, null);
    }

    /** The RFM columns the customer table of a transaction log has; segmenting on them gives manager-readable segments. */
    static final List<String> RFM_FEATURES = List.of("recency_days", "frequency", "monetary");

    /** Stability resamples: a report is about the segments, not about how sure k-means is of them. */
    static final int BOOTSTRAP = 0;

    /**
     * Runs the pipeline on {@code file}.
     *
     * @throws org.clientele.core.data.DataFileException when the input cannot be read or has nothing to segment
     */
    public static ManagerReport build(Path file, ReadOptions options, long seed, Progress progress) {
        Progress p = progress == null ? Progress.NONE : progress;
        ReadOptions opts = options == null ? ReadOptions.DEFAULT : options;
        DataKind kind = CustomerTables.detectKind(file, opts);
        ReadOptions pinned = opts.withKind(kind);
        boolean log = kind == DataKind.TRANSACTIONS;
        EdaResult eda = null;
        if (log) {
            eda = TransactionEda.run(file, pinned, CleaningRules.DEFAULT, org.clientele.core.eda.CategoryRules.defaults(),
                    seed, p.slice(0, 0.35));
            p.checkCancelled();
        }
        Table table = CustomerTables.load(file, pinned, p.slice(log ? 0.35 : 0, log ? 0.5 : 0.3));
        p.checkCancelled();
        ManagerReport report = segment(file, kind, table, eda, seed, p.slice(log ? 0.5 : 0.3, log ? 0.75 : 1));
        if (!log) {
            return report;
        }
        return report.withLifetimeValue(LifetimeValueSection.run(file, pinned, seed, report.segmentation(),
                p.slice(0.75, 1)));
    }

    /** The same report with the lifetime-value section. */
    public ManagerReport withLifetimeValue(LifetimeValueSection section) {
        return new ManagerReport(file, kind, table, segmentation, eda, seed, section);
    }

    /** The report of a customer table already in memory ({@code file} names it). */
    public static ManagerReport of(Path file, Table table, long seed, Progress progress) {
        return segment(file, DataKind.CUSTOMERS, table, null, seed, progress == null ? Progress.NONE : progress);
    }

    private static ManagerReport segment(Path file, DataKind kind, Table table, EdaResult eda, long seed, Progress p) {
        SegmentOptions segmentOptions = SegmentOptions.DEFAULT.withSeed(seed).withFeatures(features(table))
                .withBootstrap(BOOTSTRAP);
        SegmentationReport segmentation = SegmentationRun.run(file, table, segmentOptions, p);
        return new ManagerReport(file, kind, table, segmentation, eda, seed);
    }

    /** The same report with segment {@code id} renamed, as the workbench lets a user do before exporting. */
    public ManagerReport withSegmentName(int id, String name) {
        return new ManagerReport(file, kind, table, segmentation.withCustomName(id, name), eda, seed, lifetimeValue);
    }

    /**
     * recency_days, frequency and monetary when the table has all three, otherwise every numeric feature that
     * most customers have a value in.
     */
    static List<String> features(Table table) {
        List<String> numeric = SegmentationRun.defaultNumericFeatures(table);
        return numeric.containsAll(RFM_FEATURES) ? RFM_FEATURES : numeric;
    }

    public boolean isTransactionLog() {
        return eda != null;
    }

    /** Customers with a segment: the rows of the customer table. */
    public int customers() {
        return table.rowCount();
    }
}
