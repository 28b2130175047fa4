package org.clientele.core.data;

/**
 * How to read one column: its type, the number style for numeric columns, the date layout for
 * temporal ones, and the share of present values that fit the type (below 1 means mixed types).
 */
public record ColumnSpec(String name, ColumnType type, boolean european, DateLayout dateLayout, double conforming) {

    /** Reads a numeric value of this column; NaN when missing or not a number. */
    public double number(String raw) {
        if (raw == null || MissingValues.isMissing(raw)) {
            return Double.NaN;
        }
        return Numbers.parse(raw, european);
    }
}
