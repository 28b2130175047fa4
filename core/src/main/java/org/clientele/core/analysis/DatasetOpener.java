package org.clientele.core.analysis;

import org.clientele.core.data.DataKind;
import org.clientele.core.data.DataProfile;
import org.clientele.core.data.DataSource;
import org.clientele.core.data.FileSniffer;
import org.clientele.core.data.BackgroundProfile;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.data.Schema;
import org.clientele.core.data.Table;
import org.clientele.core.data.TableCollector;
import org.clientele.core.data.TextFormat;
import org.clientele.core.task.Progress;
import org.clientele.core.transactions.CleaningRules;
import org.clientele.core.transactions.CustomerTable;
import org.clientele.core.transactions.CustomerTableBuilder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens a file the way the workbench needs it, in one pass over the file: its profile, its rows, and for a
 * transaction log the customer table. Parsing, profiling and the rest run on three threads side by side.
 */
public final class DatasetOpener {

    /** Rows of a transaction log too large to hold whole that the Rows view still shows. */
    static final int PREVIEW_ROWS = 100_000;

    private DatasetOpener() {
    }

    public static OpenedDataset open(Path file, ReadOptions options, Progress progress) {
        return open(file, options, progress, Table.defaultLimit(), PREVIEW_ROWS);
    }

    /**
     * @param maxTableBytes memory the rows may take
     * @param previewRows   rows kept of a log larger than that
     */
    static OpenedDataset open(Path file, ReadOptions options, Progress progress, long maxTableBytes, int previewRows) {
        ReadOptions opts = options == null ? ReadOptions.DEFAULT : options;
        progress.update(0, "Reading " + file.getFileName());
        TextFormat format = FileSniffer.sniff(file);
        long estimate = Table.estimateMemory(file, format);
        try (DataSource src = DataSource.open(file, opts, DataSource.SAMPLE_ROWS, true);
             BackgroundProfile profile = new BackgroundProfile(src.schema())) {
            Schema schema = src.schema();
            boolean log = schema.kind() == DataKind.TRANSACTIONS;
            if (!log && estimate > maxTableBytes) {
                throw Table.tooLarge(file, estimate, maxTableBytes);
            }
            // The detected kind is pinned so the rows and any later reading see the file as this pass did.
            ReadOptions pinned = opts.withKind(schema.kind());
            // A customer table's types come from every row, as on the command line; a log's rows are only shown.
            TableCollector rows = log ? new TableCollector(schema, estimate > maxTableBytes ? previewRows : Long.MAX_VALUE)
                    : new TableCollector(schema.columns(), Long.MAX_VALUE);
            CustomerTableBuilder.RowFeed customers = log
                    ? new CustomerTableBuilder(pinned, CleaningRules.DEFAULT, null).feed(file, schema) : null;
            String[] row;
            while ((row = src.next()) != null) {
                long line = src.line();
                profile.accept(row, line);
                rows.accept(row);
                if (customers != null) {
                    customers.accept(row, line, src.rowHash());
                }
                if ((rows.seen() & 0xffff) == 0) {
                    progress.checkCancelled();
                    progress.update(0.95 * Math.max(0, src.fractionRead()), String.format("Read %,d rows", rows.seen()));
                }
            }
            progress.update(0.95, log ? "Building the customer table" : "Profiling the columns");
            DataProfile dataProfile = profile.finish(file, src::headerWarning);
            CustomerTable customerTable = customers == null ? null : customers.finish();
            Table table = rows.finish(file, schema.format(), src.readWarnings(), pinned);
            for (String w : table.warnings()) {
                if (!src.readWarnings().contains(w) && !dataProfile.warnings().contains(w)) {
                    dataProfile = withWarning(dataProfile, w); // e.g. a totals row left out of the customers
                }
            }
            if (rows.truncated()) {
                dataProfile = withWarning(dataProfile, String.format("the Rows view shows the first %,d of %,d rows:"
                        + " the file is too large to hold in memory (the profile and customers use every row)",
                        rows.kept(), rows.seen()));
            }
            progress.update(1, "Opened " + file.getFileName());
            return new OpenedDataset(file, pinned, dataProfile, table, customerTable);
        }
    }

    private static DataProfile withWarning(DataProfile p, String warning) {
        List<String> warnings = new ArrayList<>(p.warnings());
        warnings.add(warning);
        return new DataProfile(p.file(), p.format(), p.rows(), p.kind(), p.columns(), warnings);
    }
}
