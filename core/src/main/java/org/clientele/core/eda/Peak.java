package org.clientele.core.eda;

/** A period among the highest-revenue ones, with its share of all revenue. */
public record Peak(String period, double revenue, long orders, double share) {
}
