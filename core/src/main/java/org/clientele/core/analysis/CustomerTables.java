package org.clientele.core.analysis;

import org.clientele.core.data.DataKind;
import org.clientele.core.data.DataSource;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.data.Table;
import org.clientele.core.task.Progress;
import org.clientele.core.transactions.CleaningRules;
import org.clientele.core.transactions.CustomerTableBuilder;

import java.nio.file.Path;

/**
 * One row per customer from any input: a customer table is read as it is, a transaction log is
 * cleaned and aggregated exactly as {@code rfm} does, so every command segments the same table.
 */
public final class CustomerTables {

    private CustomerTables() {
    }

    public static DataKind detectKind(Path file, ReadOptions options) {
        ReadOptions opts = options == null ? ReadOptions.DEFAULT : options;
        if (opts.kind() != null) {
            return opts.kind();
        }
        try (DataSource source = DataSource.open(file, opts)) {
            return source.schema().kind();
        }
    }

    /**
     * The customer table of {@code file}; a table read as it is gets its derived columns (tenure from dates,
     * age from a year of birth, see {@link DerivedColumns}) as of the latest date in it.
     */
    public static Table load(Path file, ReadOptions options, Progress progress) {
        return load(file, options, progress, null);
    }

    /** As {@link #load(Path, ReadOptions, Progress)}, deriving as of {@code asOf} (null = from the file). */
    public static Table load(Path file, ReadOptions options, Progress progress, java.time.LocalDate asOf) {
        ReadOptions opts = options == null ? ReadOptions.DEFAULT : options;
        DataKind kind = detectKind(file, opts);
        ReadOptions pinned = opts.withKind(kind);
        if (kind == DataKind.TRANSACTIONS) {
            progress.update(0, "Building the customer table from " + file.getFileName());
            return new CustomerTableBuilder(pinned, CleaningRules.DEFAULT, null).build(file, progress).toTable();
        }
        progress.update(0, "Reading " + file.getFileName());
        return DerivedColumns.apply(Table.read(file, pinned, progress), asOf);
    }
}
