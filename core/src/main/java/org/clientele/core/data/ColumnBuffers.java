package org.clientele.core.data;

import java.util.Arrays;

/**
 * Converts rows into typed columns as they come (numbers as {@code double}, NaN for missing; text stripped,
 * null for missing), growing as needed: converting a row while it is fresh in the cache is much cheaper
 * than walking every kept row once per column afterwards.
 */
final class ColumnBuffers {

    private final Schema schema;
    private final ColumnSpec[] specs;
    private final double[][] numbers;
    private final String[][] texts;
    private int rows;

    ColumnBuffers(Schema schema, int expectedRows) {
        this.schema = schema;
        int n = schema.columns().size();
        int capacity = Math.max(16, expectedRows);
        specs = schema.specs().toArray(ColumnSpec[]::new);
        numbers = new double[n][];
        texts = new String[n][];
        for (int c = 0; c < n; c++) {
            if (specs[c].type().isNumeric()) {
                numbers[c] = new double[capacity];
            } else {
                texts[c] = new String[capacity];
            }
        }
    }

    void add(String[] row) {
        if (rows == capacity()) {
            grow();
        }
        for (int c = 0; c < specs.length; c++) {
            if (numbers[c] != null) {
                numbers[c][rows] = specs[c].number(row[c]);
            } else {
                String s = row[c];
                s = MissingValues.isMissing(s) ? null : s.strip();
                texts[c][rows] = s != null && specs[c].type() == ColumnType.IDENTIFIER ? Numbers.stripZeroFraction(s) : s;
            }
        }
        rows++;
    }

    int rows() {
        return rows;
    }

    private int capacity() {
        return numbers.length == 0 ? Integer.MAX_VALUE
                : numbers[0] != null ? numbers[0].length : texts[0].length;
    }

    private void grow() {
        int capacity = capacity() * 2;
        for (int c = 0; c < specs.length; c++) {
            if (numbers[c] != null) {
                numbers[c] = Arrays.copyOf(numbers[c], capacity);
            } else {
                texts[c] = Arrays.copyOf(texts[c], capacity);
            }
        }
    }

    Table toTable() {
        for (int c = 0; c < specs.length; c++) {
            if (numbers[c] != null && numbers[c].length != rows) {
                numbers[c] = Arrays.copyOf(numbers[c], rows);
            } else if (texts[c] != null && texts[c].length != rows) {
                texts[c] = Arrays.copyOf(texts[c], rows);
            }
        }
        return Table.fromColumns(schema, numbers, texts, rows);
    }
}
