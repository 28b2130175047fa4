package org.clientele.core.data;

import java.util.Locale;

/** What the values of a column are, as inferred from the whole column (or a large sample of it). */
public enum ColumnType {
    INTEGER, DECIMAL, BOOLEAN, DATE, DATETIME, CATEGORICAL, TEXT, IDENTIFIER, EMPTY;

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL;
    }

    public boolean isTemporal() {
        return this == DATE || this == DATETIME;
    }

    /** Lowercase name, as written in profile.json. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @com.fasterxml.jackson.annotation.JsonValue
    String json() {
        return label();
    }
}
