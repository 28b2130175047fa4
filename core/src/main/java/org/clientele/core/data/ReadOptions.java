package org.clientele.core.data;

/**
 * What the user told us about a file; everything null is detected.
 *
 * @param kind      customers or transactions, or null to detect
 * @param idColumn  the identifier column of a customer table, or null to detect
 * @param overrides transaction column names by role (null fields = detect), or null
 * @param dateOrder {@link DateLayout#DMY} or {@link DateLayout#MDY} for dates such as 01/12/2010 whose values
 *                  never tell day from month; null to decide from the values
 */
public record ReadOptions(DataKind kind, String idColumn, TransactionColumns overrides, DateLayout dateOrder) {

    public static final ReadOptions DEFAULT = new ReadOptions(null, null, null);

    public ReadOptions {
        if (dateOrder != null && dateOrder != DateLayout.DMY && dateOrder != DateLayout.MDY) {
            throw new IllegalArgumentException("a date order is day-first (DMY) or month-first (MDY), not " + dateOrder);
        }
    }

    public ReadOptions(DataKind kind, String idColumn, TransactionColumns overrides) {
        this(kind, idColumn, overrides, null);
    }

    public TransactionColumns overridesOrNone() {
        return overrides == null ? TransactionColumns.NONE : overrides;
    }

    public ReadOptions withKind(DataKind k) {
        return new ReadOptions(k, idColumn, overrides, dateOrder);
    }

    public ReadOptions withDateOrder(DateLayout order) {
        return new ReadOptions(kind, idColumn, overrides, order);
    }
}
