package org.clientele.core.eda;

/** Sales of one product category; {@code share} is of all revenue. */
public record CategoryStat(String category, int products, double quantity, double revenue, double share,
                           int customers) {
}
