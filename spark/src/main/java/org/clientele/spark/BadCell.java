package org.clientele.spark;

/**
 * A cell an executor could not parse. Carries text only (it travels back to the driver serialized), and the
 * driver turns it into the same user-facing error the in-process reader gives.
 */
final class BadCell extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final String column;
    final String value;
    final boolean date;

    BadCell(String column, String value, boolean date) {
        super((date ? "not a date: " : "not a number: ") + column + " = \"" + value + "\"");
        this.column = column;
        this.value = value;
        this.date = date;
    }
}
