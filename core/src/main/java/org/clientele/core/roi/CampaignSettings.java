package org.clientele.core.roi;

/**
 * The assumptions of a campaign scenario, the same for every segment unless the data says otherwise.
 *
 * @param costPerContact      cost of contacting one customer (mail, discount, channel fees)
 * @param fixedCost           cost of running the campaign at all, charged to the total only
 * @param margin              share of revenue that is profit, in (0, 1]
 * @param responseRate        share of contacted customers expected to buy, used for a segment when the
 *                            data has no response column
 * @param controlResponseRate share of a control group (not contacted) that buys anyway; only responses
 *                            above it are caused by the campaign
 * @param averageOrderValue   revenue per response, used when the data has no order value; NaN if unknown
 * @param budget              spend limit for the best selection of segments; NaN for none
 */
public record CampaignSettings(double costPerContact, double fixedCost, double margin, double responseRate,
                               double controlResponseRate, double averageOrderValue, double budget) {

    public CampaignSettings {
        requireAtLeastZero("cost per contact", costPerContact);
        requireAtLeastZero("fixed cost", fixedCost);
        if (!(margin > 0 && margin <= 1)) {
            throw new IllegalArgumentException("margin must be a share above 0 and at most 1, not " + margin);
        }
        requireShare("response rate", responseRate);
        requireShare("control response rate", controlResponseRate);
        if (!Double.isNaN(averageOrderValue)) {
            requireAtLeastZero("average order value", averageOrderValue);
        }
        if (!Double.isNaN(budget)) {
            requireAtLeastZero("budget", budget);
        }
    }

    /** The usual direct-marketing defaults: 2 % respond, nobody would have bought anyway, 30 % margin. */
    public static CampaignSettings defaults(double costPerContact) {
        return new CampaignSettings(costPerContact, 0, 0.3, 0.02, 0, Double.NaN, Double.NaN);
    }

    public CampaignSettings withBudget(double newBudget) {
        return new CampaignSettings(costPerContact, fixedCost, margin, responseRate, controlResponseRate,
                averageOrderValue, newBudget);
    }

    private static void requireAtLeastZero(String what, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be a number of at least 0, not " + v);
        }
    }

    private static void requireShare(String what, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(what + " must be a share between 0 and 1, not " + v);
        }
    }
}
