package org.clientele.core.clv;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PurchaseTrackingTest {

    private static Purchase p(String id, String day) {
        return new Purchase(id, LocalDate.parse(day).atTime(10, 0), 10);
    }

    /*
     * Calibration ends 2020-01-14, so the weeks are 01-01..01-07, 01-08..01-14 (calibration) and 01-15..01-21.
     * A buys first on 01-01, again twice on 01-05 (one purchase day) and on 01-20; B first on 01-08, again 01-16;
     * C first buys in the holdout and is not in the cohort. Repeats per week: 1, 0, 2.
     * With E[X(t)] = t (days): cumulative expectation at 01-07 = A's 6; at 01-14 = 13 + B's 6 = 19;
     * at 01-21 = 20 + 13 = 33; weekly 6, 13, 14.
     */
    @Test
    void handComputedWeeks() {
        List<Purchase> purchases = List.of(p("A", "2020-01-01"), p("A", "2020-01-05"), p("A", "2020-01-05"),
                p("A", "2020-01-20"), p("B", "2020-01-08"), p("B", "2020-01-16"), p("C", "2020-01-20"),
                p("C", "2020-01-21"));
        PurchaseTracking t = PurchaseTracking.of(purchases, LocalDate.parse("2020-01-14"),
                LocalDate.parse("2020-01-21"), ClvTimeUnit.DAY, x -> x, Map.of(LocalDate.parse("2020-01-21"), 2.0));
        assertEquals(2, t.customers());
        List<PurchaseTracking.Week> w = t.weeks();
        assertEquals(3, w.size());
        assertEquals(List.of(LocalDate.parse("2020-01-01"), LocalDate.parse("2020-01-08"), LocalDate.parse("2020-01-15")),
                w.stream().map(PurchaseTracking.Week::start).toList());
        assertEquals(List.of(false, false, true), w.stream().map(PurchaseTracking.Week::holdout).toList());
        assertEquals(List.of(1.0, 0.0, 2.0), w.stream().map(PurchaseTracking.Week::actual).toList());
        assertEquals(List.of(1.0, 1.0, 3.0), w.stream().map(PurchaseTracking.Week::actualCumulative).toList());
        assertEquals(List.of(6.0, 13.0, 14.0), w.stream().map(PurchaseTracking.Week::predicted).toList());
        assertEquals(List.of(6.0, 19.0, 33.0), w.stream().map(PurchaseTracking.Week::predictedCumulative).toList());
        // The seasonal ratio only touches holdout weeks: 6, 13, 2 x 14.
        assertEquals(List.of(6.0, 13.0, 28.0), w.stream().map(PurchaseTracking.Week::seasonalPredicted).toList());
        assertEquals(47.0, w.get(2).seasonalPredictedCumulative(), 1e-12);
    }

    @Test
    void weeklyCountsAddUpToTheCumulativeOnesWithTheModel() {
        LocalDate start = LocalDate.of(2020, 1, 1);
        List<Purchase> purchases = new BgNbdSimulator(0.24, 30.9, 0.79, 2.43, 6.25, 3.74, 15.44, 9L)
                .purchases(800, start, 60, 300);
        BgNbdModel model = new BgNbdModel(0.24, 30.9, 0.79, 2.43);
        LocalDate end = start.plusDays(299);
        PurchaseTracking t = PurchaseTracking.of(purchases, start.plusDays(199), end, ClvTimeUnit.DAY,
                model::expectedPurchases, null);
        double actual = 0;
        double predicted = 0;
        for (PurchaseTracking.Week w : t.weeks()) {
            actual += w.actual();
            predicted += w.predicted();
            assertEquals(actual, w.actualCumulative(), 1e-9);
            assertEquals(predicted, w.predictedCumulative(), 1e-6);
        }
        PurchaseTracking.Week last = t.weeks().get(t.weeks().size() - 1);
        assertEquals(end, last.end());
        // The generating model's expectation tracks the simulated purchases (within sampling noise).
        assertEquals(1, last.predictedCumulative() / last.actualCumulative(), 0.15);
        assertTrue(t.weeks().stream().anyMatch(PurchaseTracking.Week::holdout));
    }

    @Test
    void withoutCalibrationEndNoWeekIsHoldout() {
        List<Purchase> purchases = List.of(p("A", "2020-01-01"), p("A", "2020-01-09"));
        PurchaseTracking t = PurchaseTracking.of(purchases, null, LocalDate.parse("2020-01-10"), ClvTimeUnit.DAY,
                x -> 0.1 * x, null);
        assertTrue(t.weeks().stream().noneMatch(PurchaseTracking.Week::holdout));
        assertEquals(1.0, t.weeks().get(t.weeks().size() - 1).actualCumulative());
    }
}
