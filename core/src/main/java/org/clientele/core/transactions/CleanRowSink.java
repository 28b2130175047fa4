package org.clientele.core.transactions;

/** Receives kept rows without allocating a record per row (the hot path of customer aggregation). */
interface CleanRowSink {

    /**
     * @param quantity NaN when the log has only amounts
     * @param price    NaN when the log has only amounts
     */
    void accept(String customer, String invoice, Stamp time, double quantity, double price, double amount,
                String product, String description, String country);
}
