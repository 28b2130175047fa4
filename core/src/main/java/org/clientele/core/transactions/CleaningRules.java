package org.clientele.core.transactions;

/**
 * Which rows of a transaction log are dropped before aggregation. A row is counted under the first rule
 * that removes it, in the order of the components. Duplicates are always counted, and dropped only when
 * {@code dropDuplicates} is on (off by default, so the published Online Retail figures hold).
 * In a log with an amount column instead of quantity and price, {@code dropNonPositivePrice} drops
 * rows whose amount is zero or negative (reported as {@code nonPositiveAmount}).
 */
public record CleaningRules(boolean dropMissingCustomer, boolean dropCancelled, boolean dropNonPositiveQuantity,
                            boolean dropNonPositivePrice, boolean dropDuplicates) {

    public static final CleaningRules DEFAULT = new CleaningRules(true, true, true, true, false);
    public static final CleaningRules NONE = new CleaningRules(false, false, false, false, false);

    public CleaningRules withDropDuplicates(boolean on) {
        return new CleaningRules(dropMissingCustomer, dropCancelled, dropNonPositiveQuantity, dropNonPositivePrice, on);
    }
}
