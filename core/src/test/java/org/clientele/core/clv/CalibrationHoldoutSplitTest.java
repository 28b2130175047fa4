package org.clientele.core.clv;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalibrationHoldoutSplitTest {

    private static Purchase p(String id, String dateTime, double amount) {
        return new Purchase(id, LocalDateTime.parse(dateTime), amount);
    }

    private static final LocalDate CAL_END = LocalDate.of(2011, 3, 31);
    private static final LocalDate HOLDOUT_END = LocalDate.of(2011, 6, 30);

    private static List<Purchase> base() {
        return List.of(
                // A: purchases on 3 distinct days in calibration (two on Jan 10 merge into one period)
                p("A", "2011-01-01T10:00", 10), p("A", "2011-01-10T09:00", 20), p("A", "2011-01-10T17:00", 5),
                p("A", "2011-03-31T23:59", 15),
                // B: one purchase only
                p("B", "2011-02-15T12:00", 40),
                // C: first seen in the holdout
                p("C", "2011-04-02T12:00", 99),
                // holdout purchases of A and B, and one after the holdout
                p("A", "2011-04-01T08:00", 30), p("A", "2011-05-01T08:00", 12), p("A", "2011-05-01T09:00", 8),
                p("B", "2011-06-30T22:00", 7), p("B", "2011-07-01T00:00", 1000));
    }

    @Test
    void buildsLifetimesStyleDailySummaries() {
        CalibrationHoldoutData data = CalibrationHoldoutSplit.split(base(), CAL_END, HOLDOUT_END, ClvTimeUnit.DAY);
        assertEquals(2, data.calibration().size());
        assertEquals(1, data.customersFirstSeenInHoldout());
        assertEquals(91, data.holdoutLength()); // April 30 + May 31 + June 30 days
        CustomerRfmSummary a = data.calibration().get(0).summary();
        assertEquals("A", a.customerId());
        assertEquals(2, a.frequency());             // days Jan 1, Jan 10, Mar 31 -> 3 periods
        assertEquals(89, a.recency());              // Jan 1 -> Mar 31
        assertEquals(89, a.T());
        assertEquals((25 + 15) / 2.0, a.monetaryValue(), 1e-12); // repeat periods: 20+5, 15
        assertEquals(50, data.calibration().get(0).totalSpend(), 1e-12);
        CustomerRfmSummary b = data.calibration().get(1).summary();
        assertEquals(0, b.frequency());
        assertEquals(0, b.recency());
        assertEquals(44, b.T());                    // Feb 15 -> Mar 31
        assertTrue(Double.isNaN(b.monetaryValue()));
        HoldoutTarget ha = data.holdout().get(0);
        assertEquals(2, ha.purchases());            // Apr 1 and May 1
        assertEquals(50, ha.spend(), 1e-12);
        HoldoutTarget hb = data.holdout().get(1);
        assertEquals(1, hb.purchases());
        assertEquals(7, hb.spend(), 1e-12);         // the July purchase is after the holdout
    }

    @Test
    void weeklyPeriodsCountDistinctWeeks() {
        List<Purchase> purchases = List.of(p("A", "2011-01-03T10:00", 10), // Monday, week 1
                p("A", "2011-01-09T10:00", 10),                            // Sunday, still week 1
                p("A", "2011-01-10T10:00", 10),                            // Monday, week 2
                p("A", "2011-01-31T10:00", 10));                           // week 5
        CalibrationHoldoutData data = CalibrationHoldoutSplit.summarize(purchases, LocalDate.of(2011, 2, 13), ClvTimeUnit.WEEK);
        CustomerRfmSummary a = data.calibration().get(0).summary();
        assertEquals(2, a.frequency());
        assertEquals(4, a.recency());
        assertEquals(5, a.T());
        assertEquals(10, a.monetaryValue(), 1e-12);
    }

    @Test
    void noHoldoutPurchaseChangesAnyCalibrationFigure() {
        CalibrationHoldoutData before = CalibrationHoldoutSplit.split(base(), CAL_END, HOLDOUT_END, ClvTimeUnit.DAY);
        List<Purchase> more = new ArrayList<>(base());
        more.add(p("A", "2011-04-15T10:00", 1_000_000));
        more.add(p("B", "2011-04-01T00:00", 3));
        more.add(p("D", "2011-05-05T10:00", 77));
        more.add(p("Z", "2011-04-01T00:00:01", 5)); // one second into the holdout
        CalibrationHoldoutData after = CalibrationHoldoutSplit.split(more, CAL_END, HOLDOUT_END, ClvTimeUnit.DAY);
        assertEquals(before.calibration(), after.calibration());
        assertEquals(before.firstPurchase(), after.firstPurchase());
        assertEquals(before.holdoutLength(), after.holdoutLength());
        // and the calibration summary is exactly the summary of the calibration purchases alone
        List<Purchase> calibrationOnly = base().stream().filter(x -> !x.time().toLocalDate().isAfter(CAL_END)).toList();
        assertEquals(CalibrationHoldoutSplit.summarize(calibrationOnly, CAL_END, ClvTimeUnit.DAY).calibration(),
                before.calibration());
        // the targets did change: they are the only thing holdout purchases may affect
        assertEquals(1_000_050, after.holdout().get(0).spend(), 1e-9);
        assertEquals(3, after.customersFirstSeenInHoldout());
    }

    @Test
    void rejectsDatesOutOfOrder() {
        assertThrows(IllegalArgumentException.class,
                () -> CalibrationHoldoutSplit.split(base(), HOLDOUT_END, CAL_END, ClvTimeUnit.DAY));
        assertThrows(IllegalArgumentException.class,
                () -> CalibrationHoldoutSplit.split(base(), LocalDate.of(2010, 1, 1), HOLDOUT_END, ClvTimeUnit.DAY));
    }
}
