package org.clientele.core.monitor;

/** One model input's values over a file's rows: numbers (NaN = missing) or category levels (null = missing). */
public sealed interface ColumnValues {

    String name();

    record Numbers(String name, double[] values) implements ColumnValues {
    }

    record Levels(String name, String[] values) implements ColumnValues {
    }
}
