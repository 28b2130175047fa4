package org.clientele.core.clv;

/**
 * Discounted customer lifetime value as lifetimes' {@code customer_lifetime_value} computes it: the sum
 * over months m = 1..M of the expected purchases in month m (a difference of the purchase model's conditional
 * expectations) × expected spend per purchase / (1 + d)^m, with a month of 30 days or 4.345 weeks.
 */
public final class ClvCalculator {

    private ClvCalculator() {
    }

    /** The BG/NBD form kept for callers compiled against it. */
    public static double clv(BgNbdModel model, CustomerRfmSummary c, double spendPerPurchase, int months,
                             double monthlyDiscountRate, ClvTimeUnit unit) {
        return clv((PurchaseModel) model, c, spendPerPurchase, months, monthlyDiscountRate, unit);
    }

    public static double clv(PurchaseModel model, CustomerRfmSummary c, double spendPerPurchase, int months,
                             double monthlyDiscountRate, ClvTimeUnit unit) {
        return discountedPurchases(model, c.frequency(), c.recency(), c.T(), months, monthlyDiscountRate, unit)
                * spendPerPurchase;
    }

    /** The sum over months of expected purchases in the month / (1 + d)^m: CLV per unit of spend per purchase. */
    public static double discountedPurchases(PurchaseModel model, double x, double tx, double T, int months,
                                             double monthlyDiscountRate, ClvTimeUnit unit) {
        if (months < 0) {
            throw new IllegalArgumentException("horizon must be non-negative, was " + months);
        }
        if (!(monthlyDiscountRate > -1)) {
            throw new IllegalArgumentException("monthly discount rate must be above -1, was " + monthlyDiscountRate);
        }
        double value = 0;
        double previous = 0;
        for (int m = 1; m <= months; m++) {
            double cumulative = model.conditionalExpectedPurchases(m * unit.perMonth(), x, tx, T);
            value += (cumulative - previous) / Math.pow(1 + monthlyDiscountRate, m);
            previous = cumulative;
        }
        return value;
    }
}
