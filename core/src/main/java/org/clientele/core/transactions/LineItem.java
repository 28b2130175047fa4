package org.clientele.core.transactions;

import java.time.LocalDateTime;

/**
 * One kept row of a transaction log. {@code amount} is quantity × unit price, or the amount column;
 * quantity and unitPrice are NaN when the log has only amounts. Text fields may be null when absent.
 */
public record LineItem(String customerId, String invoice, LocalDateTime time, double quantity, double unitPrice,
                       double amount, String product, String description, String country) {
}
