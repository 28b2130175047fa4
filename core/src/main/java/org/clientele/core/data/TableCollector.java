package org.clientele.core.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the rows of a file in memory as a reader hands them over and makes them a {@link Table} at the end.
 * Either every value is sniffed, so types come from all rows (a customer table: what the models see must
 * not depend on a sample), or a schema already detected is used (a transaction log's rows, which are only
 * shown). Past a row limit it only counts, so a huge log still gets a preview.
 */
public final class TableCollector {

    private final List<ColumnSniffer> sniffers = new ArrayList<>();
    private final ColumnBuffers columns;
    private final List<String[]> data = new ArrayList<>();
    private int kept;
    private final long limit;
    private long seen;
    private String[] pending;

    /**
     * Sniffs every value.
     *
     * @param limit rows kept at most (Long.MAX_VALUE for all)
     */
    public TableCollector(List<String> header, long limit) {
        for (String h : header) {
            sniffers.add(new ColumnSniffer(h, Integer.MAX_VALUE - 8));
        }
        this.columns = null;
        this.limit = limit;
    }

    /** Reads the values as {@code schema} says (detected from the first rows). */
    public TableCollector(Schema schema, long limit) {
        this.columns = new ColumnBuffers(schema, 1 << 14);
        this.limit = limit;
    }

    public void accept(String[] row) {
        seen++;
        if (kept >= limit) {
            return;
        }
        kept++;
        if (columns != null) {
            columns.add(row);
            return;
        }
        // The newest row is sniffed only when the next one comes: if it is the last, it may be a totals row.
        if (pending != null) {
            sniff(pending);
        }
        data.add(row);
        pending = row;
    }

    private void sniff(String[] row) {
        for (int c = 0; c < row.length; c++) {
            sniffers.get(c).accept(row[c]);
        }
    }

    /** Rows kept so far. */
    public int kept() {
        return kept;
    }

    /** Rows handed over, kept or not. */
    public long seen() {
        return seen;
    }

    public boolean truncated() {
        return seen > kept;
    }

    /**
     * @param readWarnings warnings from reading the header (duplicate or empty names)
     * @param opts         the user's read options (types, roles, kind)
     */
    public Table finish(Path file, TextFormat format, List<String> readWarnings, ReadOptions opts) {
        if (columns != null) {
            return columns.toTable();
        }
        List<String> warnings = new ArrayList<>(readWarnings);
        if (pending != null) {
            String label = TotalsRow.label(pending);
            if (label != null && data.size() > 1 && !truncated()) {
                data.remove(data.size() - 1);
                warnings.add("the last row ('" + label + "') is a totals row, not a customer, and was left out");
            } else {
                sniff(pending);
            }
            pending = null;
        }
        List<String> header = new ArrayList<>(sniffers.size());
        for (ColumnSniffer s : sniffers) {
            header.add(s.name());
        }
        Schema schema = SchemaDetector.detect(file, format, header, sniffers, warnings, opts);
        return Table.fromRows(schema, data);
    }
}
