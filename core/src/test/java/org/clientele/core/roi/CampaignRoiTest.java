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
    void theBudgetGoesToTheBestReturnFirstAndTheRestToPartOfTheNext() {
        // 900 left after the fixed cost: Loyal (ROI 4.8, cost 400) in full, then 500 / 2 = 250 of Recent's 300.
        BudgetPlan plan = CampaignRoi.simulate(SEGMENTS, SETTINGS).budgetPlan();
        assertEquals(List.of(1), plan.segments());
        assertEquals(2, plan.partialSegment());
        assertEquals(250, plan.partialContacts());
        assertEquals(1000, plan.cost(), 1e-9);
        assertEquals(1920 + 1224 * 250 / 300.0 - 100, plan.netProfit(), 1e-9);
        assertEquals("Contact Loyal and 250 of the 300 customers of Recent: cost 1,000 of the 1,000 budget, "
                + "expected net profit 2,840.", plan.explanation());

        BudgetPlan larger = CampaignRoi.simulate(SEGMENTS, SETTINGS.withBudget(5000)).budgetPlan();
        assertEquals(List.of(1, 2), larger.segments(), "the loss-making segment is never chosen");
        assertEquals(null, larger.partialSegment());
        assertEquals(1920 + 1224 - 100, larger.netProfit(), 1e-9);
    }

    @Test
    void noBudgetMeansNoPlanAndATinyBudgetMeansNobody() {
        assertEquals(null, CampaignRoi.simulate(SEGMENTS, SETTINGS.withBudget(Double.NaN)).budgetPlan());
        BudgetPlan small = CampaignRoi.simulate(SEGMENTS, SETTINGS.withBudget(150)).budgetPlan();
        assertEquals(25, small.partialContacts(), "50 after the fixed cost reaches 25 customers");
        assertEquals(1920 * 25 / 200.0 - 100, small.netProfit(), 1e-9);
        BudgetPlan none = CampaignRoi.simulate(SEGMENTS, SETTINGS.withBudget(110)).budgetPlan();
        assertEquals(List.of(), none.segments());
        assertEquals(null, none.partialSegment());
        assertTrue(none.explanation().startsWith("Contact nobody: the fixed cost of 100 is more than"), none.explanation());
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
