package org.clientele.core.roi;

/**
 * The expected result of contacting every customer of a segment (or of the whole selection, for a total).
 * Money figures are in the data's currency. {@code roi} is net profit per unit of cost and
 * {@code breakEvenResponseRate} the response rate at which the campaign pays for itself; both are NaN
 * (null in JSON) when they have no meaning (no cost, or no profit per response).
 */
public record SegmentOutcome(int id, String name, int contacted, double responseRate, String responseRateSource,
                             double expectedResponders, double incrementalResponders, double averageOrderValue,
                             String averageOrderValueSource, double incrementalRevenue, double incrementalProfit,
                             double cost, double netProfit, double roi, double breakEvenResponseRate) {

    public boolean profitable() {
        return netProfit > 0;
    }
}
