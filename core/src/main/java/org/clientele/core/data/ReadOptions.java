package org.clientele.core.data;

/**
 * What the user told us about a file; everything null is detected.
 *
 * @param kind      customers or transactions, or null to detect
 * @param idColumn  the identifier column of a customer table, or null to detect
 * @param overrides transaction column names by role (null fields = detect), or null
 */
public record ReadOptions(DataKind kind, String idColumn, TransactionColumns overrides) {

    public static final ReadOptions DEFAULT = new ReadOptions(null, null, null);

    public TransactionColumns overridesOrNone() {
        return overrides == null ? TransactionColumns.NONE : overrides;
    }

    public ReadOptions withKind(DataKind k) {
        return new ReadOptions(k, idColumn, overrides);
    }
}
