package org.clientele.core.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The statistics of every column of a file, fed one row at a time by whoever reads it, so a pass that
 * does other work with the rows profiles them as well. Memory is bounded per column.
 */
public final class ProfileBuilder {

    private final Schema schema;
    private final List<ColumnStatistics> stats;
    private long rows;
    private String[] pending;
    private long pendingLine;

    public ProfileBuilder(Schema schema) {
        this.schema = schema;
        int n = schema.columns().size();
        this.stats = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            stats.add(new ColumnStatistics(schema.specs().get(c), 42L + c, ColumnStatistics.capFor(n)));
        }
    }

    /** @param line the file line the row starts on (quoted in warnings) */
    public void accept(String[] row, long line) {
        if (schema.kind() != DataKind.CUSTOMERS) {
            count(row, line);
            return;
        }
        // A customer table's newest row waits for the next: the last may be a totals row, as the table leaves out.
        if (pending != null) {
            count(pending, pendingLine);
        }
        pending = row;
        pendingLine = line;
    }

    private void count(String[] row, long line) {
        for (int c = 0; c < row.length; c++) {
            stats.get(c).accept(row[c], line);
        }
        rows++;
    }

    /** Settles the row held back: counted, or left out with a warning when it is a totals row. */
    private void settlePending(List<String> warnings) {
        if (pending == null) {
            return;
        }
        String label = TotalsRow.label(pending);
        if (label != null && rows > 0) {
            warnings.add("the last row ('" + label + "') is a totals row, not a customer, and was left out");
        } else {
            count(pending, pendingLine);
        }
        pending = null;
    }

    /** Rows counted so far (a customer table's newest row is counted when the next arrives or at the end). */
    public long rows() {
        return rows;
    }

    /** @param headerWarning the warning about column i's header (renamed because empty or repeated), or null */
    public DataProfile finish(Path file, IntFunction<String> headerWarning) {
        int n = schema.columns().size();
        List<ColumnProfile> columns = new ArrayList<>(n);
        List<String> warnings = new ArrayList<>(schema.warnings());
        settlePending(warnings);
        for (int c = 0; c < n; c++) {
            String name = schema.columns().get(c);
            ColumnProfile own = stats.get(c).profile(schema.roleOf(name), rows);
            for (String w : own.warnings()) { // the header warning is already among the file's warnings
                warnings.add("column '" + name + "': " + w);
            }
            columns.add(withHeaderWarning(own, headerWarning.apply(c)));
        }
        return new DataProfile(String.valueOf(file.getFileName()), schema.format().describe(), rows, schema.kind(),
                columns, warnings);
    }

    /** The header warning that concerns this column (a renamed duplicate or unnamed column) is repeated on it. */
    private static ColumnProfile withHeaderWarning(ColumnProfile cp, String headerWarning) {
        if (headerWarning == null) {
            return cp;
        }
        List<String> mine = new ArrayList<>();
        mine.add(headerWarning);
        mine.addAll(cp.warnings());
        return new ColumnProfile(cp.name(), cp.type(), cp.role(), cp.missing(), cp.distinct(), cp.distinctCapped(), cp.mean(),
                cp.std(), cp.min(), cp.max(), cp.quantiles(), cp.topValues(), List.copyOf(mine));
    }
}
