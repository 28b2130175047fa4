package org.clientele.core.roi;

/**
 * What the data says about one segment before any campaign assumption is applied.
 *
 * @param responseRate      observed share of the segment that responded to a past campaign; NaN when
 *                          the data has no response column (the scenario's rate is used)
 * @param averageOrderValue revenue per order in the segment; NaN when the data cannot tell
 * @param source            how the figures were obtained, in words, e.g. "order value = monetary / frequency"
 */
public record SegmentEconomics(int id, String name, int customers, double responseRate,
                               double averageOrderValue, String source) {
}
