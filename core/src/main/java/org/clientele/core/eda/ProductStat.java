package org.clientele.core.eda;

/**
 * One product's sales.
 *
 * @param product     product (stock) code, or the description when the log has no product column
 * @param description its most frequent description
 * @param orders      distinct invoices with the product
 */
public record ProductStat(String product, String description, String category, double quantity, double revenue,
                          long orders, int customers) {
}
