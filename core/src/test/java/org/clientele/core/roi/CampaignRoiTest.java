package org.clientele.core.roi;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hand-computed campaign: cost 2 per contact, fixed 100, margin 40 %, control group buys at 1 %. */
class CampaignRoiTest {

    private static final CampaignSettings SETTINGS = new CampaignSettings(2, 100, 0.4, 0.05, 0.01, Double.NaN, 1000);
    private static final List<SegmentEconomics> SEGMENTS = List.of(
            new SegmentEconomics(0, "Occasional", 1000, Double.NaN, 50, ""),
            new SegmentEconomics(1, "Loyal", 200, 0.30, 100, ""),
            new SegmentEconomics(2, "Recent", 300, 0.20, 80, ""));

    @Test
    void everySegmentFollowsTheIncrementalResponseArithmetic() {
        RoiResult r = CampaignRoi.simulate(SEGMENTS, SETTINGS);
        SegmentOutcome occasional = r.segments().get(0);
        assertEquals(0.05, occasional.responseRate(), 1e-12, "the setting stands in for a missing response rate");
        assertEquals("setting", occasional.responseRateSource());
        assertEquals(50, occasional.expectedResponders(), 1e-9);
        assertEquals(40, occasional.incrementalResponders(), 1e-9);
        assertEquals(2000, occasional.incrementalRevenue(), 1e-9);
        assertEquals(800, occasional.incrementalProfit(), 1e-9);
        assertEquals(2000, occasional.cost(), 1e-9);
        assertEquals(-1200, occasional.netProfit(), 1e-9);
        assertEquals(-0.6, occasional.roi(), 1e-12);
        assertEquals(0.11, occasional.breakEvenResponseRate(), 1e-12);

        SegmentOutcome loyal = r.segments().get(1);
        assertEquals("data", loyal.responseRateSource());
        assertEquals(58, loyal.incrementalResponders(), 1e-9);
        assertEquals(1920, loyal.netProfit(), 1e-9);
        assertEquals(4.8, loyal.roi(), 1e-12);
        assertEquals(0.06, loyal.breakEvenResponseRate(), 1e-12);
    }

    @Test
    void theTotalCarriesTheFixedCostAndOneBreakEvenRate() {
        SegmentOutcome total = CampaignRoi.simulate(SEGMENTS, SETTINGS).total();
        assertEquals(1500, total.contacted());
        assertEquals(3100, total.cost(), 1e-9);
        assertEquals(800 + 2320 + 1824, total.incrementalProfit(), 1e-9);
        assertEquals(4944 - 3100, total.netProfit(), 1e-9);
        assertEquals(0.01 + 3100 / 37600.0, total.breakEvenResponseRate(), 1e-12);
    }

    @Test
    void theBudgetGoesToTheBestSubsetThatFits() {
        // 900 left after the fixed cost: Loyal (400) and Recent (600) do not both fit; Loyal earns more.
        BudgetPlan plan = CampaignRoi.simulate(SEGMENTS, SETTINGS).budgetPlan();
        assertEquals(List.of(1), plan.segments());
        assertEquals(500, plan.cost(), 1e-9);
        assertEquals(1820, plan.netProfit(), 1e-9);
        assertTrue(plan.explanation().startsWith("Contact Loyal"), plan.explanation());

        BudgetPlan larger = CampaignRoi.simulate(SEGMENTS, SETTINGS.withBudget(1100)).budgetPlan();
        assertEquals(List.of(1, 2), larger.segments(), "the loss-making segment is never chosen");
        assertEquals(1920 + 1224 - 100, larger.netProfit(), 1e-9);
    }

    @Test
    void noBudgetMeansNoPlanAndATinyBudgetMeansNobody() {
        assertEquals(null, CampaignRoi.simulate(SEGMENTS, SETTINGS.withBudget(Double.NaN)).budgetPlan());
        BudgetPlan none = CampaignRoi.simulate(SEGMENTS, SETTINGS.withBudget(150)).budgetPlan();
        assertEquals(List.of(), none.segments());
        assertTrue(none.explanation().startsWith("Contact nobody"), none.explanation());
        assertTrue(none.explanation().contains("reach 25 of the 200 customers of Loyal"), none.explanation());
    }

    @Test
    void aSegmentWithoutOrderValueNeedsOneFromTheScenario() {
        List<SegmentEconomics> unknown = List.of(new SegmentEconomics(0, "A", 10, 0.1, Double.NaN, ""));
        assertThrows(IllegalArgumentException.class, () -> CampaignRoi.simulate(unknown, SETTINGS));
        CampaignSettings withAov = new CampaignSettings(2, 0, 0.4, 0.05, 0, 30, Double.NaN);
        assertEquals(30, CampaignRoi.simulate(unknown, withAov).segments().get(0).averageOrderValue(), 1e-12);
    }

    @Test
    void settingsOutsideTheirRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CampaignSettings(-1, 0, 0.3, 0.02, 0, Double.NaN, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new CampaignSettings(1, 0, 1.5, 0.02, 0, Double.NaN, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new CampaignSettings(1, 0, 0.3, 2, 0, Double.NaN, Double.NaN));
    }
}
