package org.clientele.core.roi;

import java.util.ArrayList;
import java.util.List;

/**
 * Simulates a campaign that contacts every customer of each segment. Only responses above the control
 * group's rate count as caused by the campaign (the standard incremental-response view of direct
 * marketing), and profit is revenue times margin; costs are per contact plus one fixed cost.
 */
public final class CampaignRoi {

    private CampaignRoi() {
    }

    /**
     * @throws IllegalArgumentException when a segment has no order value and the settings give none
     */
    public static RoiResult simulate(List<SegmentEconomics> segments, CampaignSettings settings) {
        List<SegmentOutcome> outcomes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (SegmentEconomics s : segments) {
            outcomes.add(outcome(s, settings));
        }
        if (outcomes.stream().anyMatch(o -> o.responseRate() <= settings.controlResponseRate())) {
            notes.add("Segments whose response rate is not above the control group's earn nothing extra: "
                    + "their customers would have bought anyway.");
        }
        SegmentOutcome total = total(outcomes, settings);
        BudgetPlan plan = Double.isNaN(settings.budget()) ? null : BudgetOptimizer.best(outcomes, settings);
        return new RoiResult(settings, outcomes, total, plan, notes);
    }

    static SegmentOutcome outcome(SegmentEconomics s, CampaignSettings settings) {
        boolean observedRate = !Double.isNaN(s.responseRate());
        double rate = observedRate ? s.responseRate() : settings.responseRate();
        boolean dataAov = !Double.isNaN(s.averageOrderValue());
        double aov = dataAov ? s.averageOrderValue() : settings.averageOrderValue();
        if (Double.isNaN(aov)) {
            throw new IllegalArgumentException("segment " + s.id() + " has no average order value and the scenario gives none");
        }
        int contacted = s.customers();
        double expected = contacted * rate;
        double incremental = contacted * Math.max(0, rate - settings.controlResponseRate());
        double revenue = incremental * aov;
        double profit = revenue * settings.margin();
        double cost = contacted * settings.costPerContact();
        double net = profit - cost;
        double perResponse = aov * settings.margin();
        return new SegmentOutcome(s.id(), s.name(), contacted, rate, observedRate ? "data" : "setting", expected,
                incremental, aov, dataAov ? "data" : "setting", revenue, profit, cost, net,
                cost > 0 ? net / cost : Double.NaN,
                perResponse > 0 ? settings.controlResponseRate() + settings.costPerContact() / perResponse : Double.NaN);
    }

    /** Everything contacted, with the fixed cost; the break-even rate is the one uniform rate that pays for it all. */
    static SegmentOutcome total(List<SegmentOutcome> outcomes, CampaignSettings settings) {
        int contacted = 0;
        double expected = 0, incremental = 0, revenue = 0, profit = 0, cost = settings.fixedCost(), valuePerRate = 0;
        for (SegmentOutcome o : outcomes) {
            contacted += o.contacted();
            expected += o.expectedResponders();
            incremental += o.incrementalResponders();
            revenue += o.incrementalRevenue();
            profit += o.incrementalProfit();
            cost += o.cost();
            valuePerRate += o.contacted() * o.averageOrderValue() * settings.margin();
        }
        double net = profit - cost;
        return new SegmentOutcome(-1, "All segments", contacted, contacted == 0 ? 0 : expected / contacted, "mixed",
                expected, incremental, incremental > 0 ? revenue / incremental : Double.NaN, "mixed", revenue, profit,
                cost, net, cost > 0 ? net / cost : Double.NaN,
                valuePerRate > 0 ? settings.controlResponseRate() + cost / valuePerRate : Double.NaN);
    }
}
