package org.clientele.core.data;

/**
 * How to read one column: its type, the number style for numeric columns, the date layout for
 * temporal ones, and the share of present values that fit the type (below 1 means mixed types).
 * {@code dateOrderGuessed}: no value seen had a day above 12, so day/month order is a default guess.
 */
public record ColumnSpec(String name, ColumnType type, boolean european, DateLayout dateLayout, double conforming,
                         boolean dateOrderGuessed) {

    public ColumnSpec(String name, ColumnType type, boolean european, DateLayout dateLayout, double conforming) {
        this(name, type, european, dateLayout, conforming, false);
    }

    public ColumnSpec withDateLayout(DateLayout layout) {
        return new ColumnSpec(name, type, european, layout, conforming, false);
    }

    /** Reads a numeric value of this column; NaN when missing or not a number. */
    public double number(String raw) {
        if (raw == null || MissingValues.isMissing(raw)) {
            return Double.NaN;
        }
        return Numbers.parse(raw, european);
    }
}
