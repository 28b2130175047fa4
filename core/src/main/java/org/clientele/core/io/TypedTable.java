package org.clientele.core.io;

import java.nio.file.Path;
import java.util.List;

/**
 * Rows with a type per column, for outputs that keep types (Parquet) as well as CSV. A cell is a String, Integer,
 * Double or Boolean as its column's {@link Kind} says, or null when missing.
 */
public record TypedTable(List<String> columns, List<Kind> kinds, List<Object[]> rows) {

    /** A column's type. */
    public enum Kind { TEXT, INTEGER, NUMBER, BOOLEAN }

    public TypedTable {
        columns = List.copyOf(columns);
        kinds = List.copyOf(kinds);
        if (columns.size() != kinds.size()) {
            throw new IllegalArgumentException(columns.size() + " columns, " + kinds.size() + " types");
        }
    }

    /** The same rows as CSV: numbers as {@link Double#toString}, missing cells empty. */
    public void writeCsv(Path file) {
        CsvOutput.write(file, columns, csv -> {
            for (Object[] row : rows) {
                csv.row(row);
            }
        });
    }
}
