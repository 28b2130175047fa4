package org.clientele.core.eda;

import java.time.LocalDateTime;

/**
 * The headline figures of a log after cleaning.
 *
 * @param orders     distinct invoices (distinct customer and timestamp pairs when there is no invoice column)
 * @param items      units sold (line items when the log has no quantity)
 * @param tradingDays days with at least one kept sale
 */
public record EdaOverview(LocalDateTime firstPurchase, LocalDateTime lastPurchase, double revenue, long orders,
                          int customers, long lineItems, double items, int products, int countries, int tradingDays,
                          double averageOrderValue, double revenuePerCustomer) {
}
