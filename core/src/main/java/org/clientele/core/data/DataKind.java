package org.clientele.core.data;

/** What one row of a file stands for: a customer, or a purchase / line item. */
public enum DataKind {
    CUSTOMERS("customers"), TRANSACTIONS("transactions");

    private final String label;

    DataKind(String label) {
        this.label = label;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String label() {
        return label;
    }

    /** Parses {@code customers} / {@code transactions} (case-insensitive), or returns null. */
    public static DataKind fromLabel(String s) {
        for (DataKind k : values()) {
            if (k.label.equalsIgnoreCase(s == null ? "" : s.trim())) {
                return k;
            }
        }
        return null;
    }
}
