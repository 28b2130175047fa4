package org.clientele.core.clv;

/**
 * One segment's figures over the horizon: its customers' summed expected purchases, expected spend and CLV, each
 * with its 90% range from the parametric bootstrap (NaN, written as null, when there are no intervals or, for
 * spend and CLV, no spend estimate).
 */
public record SegmentClvTotal(String segment, int customers, double expectedPurchases, double expectedPurchasesLow,
                              double expectedPurchasesHigh, double expectedSpend, double expectedSpendLow,
                              double expectedSpendHigh, double clv, double clvLow, double clvHigh) {

    public boolean hasRanges() {
        return !Double.isNaN(expectedPurchasesLow);
    }
}
