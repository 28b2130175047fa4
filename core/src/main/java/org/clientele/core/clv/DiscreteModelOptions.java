package org.clientele.core.clv;

/**
 * Settings of an sBG or BG/BB run. {@code horizonPeriods}: sBG projects survival that many periods (null:
 * twice the observed periods, at least 12); BG/BB predicts transactions in that many further opportunities
 * (null: as many as the longest history had). {@code discountRate} is per period (sBG's DERL).
 * {@code opportunity} is the period that turns a purchase log into BG/BB opportunities.
 */
public record DiscreteModelOptions(Integer horizonPeriods, double discountRate, Opportunity opportunity, int starts,
                                   long seed) {

    public static final double DEFAULT_DISCOUNT_RATE = 0.10;

    public DiscreteModelOptions {
        if (horizonPeriods != null && horizonPeriods < 1) {
            throw new IllegalArgumentException("the horizon must be at least 1 period, was " + horizonPeriods);
        }
        if (!(discountRate > 0) || !Double.isFinite(discountRate)) {
            throw new IllegalArgumentException("the discount rate per period must be positive, was " + discountRate);
        }
        if (starts < 1) {
            throw new IllegalArgumentException("starts must be at least 1");
        }
    }

    public static DiscreteModelOptions defaults(long seed) {
        return new DiscreteModelOptions(null, DEFAULT_DISCOUNT_RATE, null, BgNbdFitter.DEFAULT_STARTS, seed);
    }
}
