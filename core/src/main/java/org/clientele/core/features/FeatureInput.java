package org.clientele.core.features;

import java.util.List;
import java.util.Objects;

/**
 * Numeric columns of a customer table in original units, column-major: {@code columns[feature][row]},
 * {@code NaN} for a missing value.
 *
 * @param rowIds   one id per row (may be null: rows are then numbered from 1)
 * @param idColumn name of the id column, or null
 * @param names    one name per feature column
 * @param columns  {@code columns[feature][row]}
 */
public record FeatureInput(List<String> rowIds, String idColumn, List<String> names, double[][] columns) {

    public FeatureInput {
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(columns, "columns");
        if (names.size() != columns.length) {
            throw new IllegalArgumentException(names.size() + " names for " + columns.length + " columns");
        }
        int rows = columns.length == 0 ? (rowIds == null ? 0 : rowIds.size()) : columns[0].length;
        for (int f = 0; f < columns.length; f++) {
            if (columns[f].length != rows) {
                throw new IllegalArgumentException("column '" + names.get(f) + "' has " + columns[f].length
                        + " values, expected " + rows);
            }
        }
        if (rowIds != null && rowIds.size() != rows) {
            throw new IllegalArgumentException(rowIds.size() + " row ids for " + rows + " rows");
        }
        names = List.copyOf(names);
        rowIds = rowIds == null ? null : List.copyOf(rowIds);
    }

    /** Builds an input from a row-major matrix ({@code rows[row][feature]}), without ids. */
    public static FeatureInput ofRows(List<String> names, double[][] rows) {
        double[][] cols = new double[names.size()][rows.length];
        for (int r = 0; r < rows.length; r++) {
            for (int f = 0; f < names.size(); f++) {
                cols[f][r] = rows[r][f];
            }
        }
        return new FeatureInput(null, null, names, cols);
    }

    public int rowCount() {
        return columns.length == 0 ? (rowIds == null ? 0 : rowIds.size()) : columns[0].length;
    }

    /** The id of {@code row}, or its 1-based number when there are no ids. */
    public String rowId(int row) {
        return rowIds == null ? Integer.toString(row + 1) : rowIds.get(row);
    }

    /** The column called {@code name}; throws IllegalArgumentException when absent. */
    public double[] column(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no feature column '" + name + "' (have " + names + ")");
        }
        return columns[i];
    }
}
