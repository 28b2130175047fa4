package org.clientele.core.clv;

import org.clientele.core.UnusableDataException;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lifetime value totals per segment with ranges from the shared parameter draws, on CDNOW's 2,357 customers. */
class SegmentClvTotalsTest {

    private static ClvResult result;
    private static List<CustomerRfmSummary> customers;

    @BeforeAll
    static void fit() throws URISyntaxException {
        Path file = Path.of(SegmentClvTotalsTest.class.getResource("cdnow_customers_summary_with_transactions.csv").toURI());
        customers = RfmSummaryReader.read(file, "ID").subList(0, 2357);
        ClvOptions options = ClvOptions.builder().timeUnit(ClvTimeUnit.WEEK).seed(11).starts(3).intervalDraws(120)
                .build();
        result = ClvAnalysis.runOnSummaries(customers, options, Progress.NONE);
    }

    /** Segments by repeat purchases: none, one or two, three or more. */
    private static String bucket(CustomerClv c) {
        return c.frequency() == 0 ? "none" : c.frequency() < 3 ? "one or two" : "three or more";
    }

    private static CustomerSegments byFrequency() {
        Map<String, String> values = new HashMap<>();
        result.customerValues().forEach(c -> values.put(c.customerId(), bucket(c)));
        return CustomerSegments.ofValues("repeat purchases", values);
    }

    @Test
    void segmentRangesContainTheirPointTotalsAndPointTotalsAddUp() {
        SegmentClvTotals totals = SegmentClvTotals.of(result, byFrequency(), Progress.NONE);
        assertEquals(List.of("none", "one or two", "three or more"),
                totals.segments().stream().map(SegmentClvTotal::segment).toList());
        assertEquals(result.uncertainty().draws(), totals.draws());
        double clv = 0;
        int count = 0;
        for (SegmentClvTotal t : totals.segments()) {
            assertTrue(t.hasRanges(), t.toString());
            assertTrue(t.expectedPurchasesLow() <= t.expectedPurchases() && t.expectedPurchases() <= t.expectedPurchasesHigh(),
                    t.toString());
            assertTrue(t.expectedSpendLow() <= t.expectedSpend() && t.expectedSpend() <= t.expectedSpendHigh(), t.toString());
            assertTrue(t.clvLow() <= t.clv() && t.clv() <= t.clvHigh(), t.toString());
            assertTrue(t.clvLow() < t.clvHigh(), "parameter uncertainty gives a real range: " + t);
            clv += t.clv();
            count += t.customers();
        }
        assertEquals(result.totalClv(), clv, 1e-9 * result.totalClv());
        assertEquals(customers.size(), count);
        assertTrue(totals.warnings().isEmpty(), totals.warnings().toString());
    }

    @Test
    void segmentTotalsAddUpToTheOverallTotalInEveryDraw() {
        double[] spend = result.customerValues().stream().mapToDouble(CustomerClv::expectedAverageSpend).toArray();
        int[] three = new int[customers.size()];
        CustomerSegments segments = byFrequency();
        for (int i = 0; i < three.length; i++) {
            three[i] = segments.indexOf(result.customerValues().get(i).customerId());
        }
        List<String> warnings = new ArrayList<>();
        ParameterBootstrap.SegmentDraws split = ParameterBootstrap.segmentDraws(result.purchaseModel(), customers,
                spend, three, 3, 12, 0.01, ClvTimeUnit.WEEK, 120, 11, Progress.NONE, warnings);
        ParameterBootstrap.SegmentDraws whole = ParameterBootstrap.segmentDraws(result.purchaseModel(), customers,
                spend, new int[customers.size()], 1, 12, 0.01, ClvTimeUnit.WEEK, 120, 11, Progress.NONE, warnings);
        assertEquals(120, split.draws());
        double spread = 0;
        for (int d = 0; d < split.draws(); d++) {
            double purchases = 0;
            double clv = 0;
            for (int s = 0; s < 3; s++) {
                purchases += split.purchases()[s][d];
                clv += split.clv()[s][d];
            }
            assertEquals(whole.purchases()[0][d], purchases, 1e-9 * purchases, "draw " + d);
            assertEquals(whole.clv()[0][d], clv, 1e-9 * clv, "draw " + d);
            spread = Math.max(spread, Math.abs(whole.clv()[0][d] - whole.clv()[0][0]));
        }
        assertTrue(spread > 0, "the draws differ");
    }

    @Test
    void oneSegmentHasExactlyTheOverallInterval() {
        Map<String, String> all = new HashMap<>();
        result.customerValues().forEach(c -> all.put(c.customerId(), "everyone"));
        SegmentClvTotals totals = SegmentClvTotals.of(result, CustomerSegments.ofValues("all", all), Progress.NONE);
        assertEquals(1, totals.segments().size());
        SegmentClvTotal t = totals.segments().get(0);
        ClvUncertainty u = result.uncertainty();
        assertEquals(u.totalClv().low(), t.clvLow(), 0);
        assertEquals(u.totalClv().high(), t.clvHigh(), 0);
        assertEquals(u.totalExpectedPurchases().low(), t.expectedPurchasesLow(), 0);
        assertEquals(u.totalExpectedSpend().high(), t.expectedSpendHigh(), 0);
        assertEquals(result.totalClv(), t.clv(), 1e-9 * t.clv());
        assertEquals(u.totalClv().estimate(), t.clv(), 1e-9 * t.clv());
    }

    @Test
    void customersOutsideTheSegmentsAreTotalledApartAndForeignSegmentsAreRefused() {
        List<String> ids = result.customerValues().stream().map(CustomerClv::customerId).toList();
        int[] labels = new int[ids.size() - 5];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 2;
        }
        CustomerSegments partial = CustomerSegments.ofLabels("assignments.csv", ids.subList(5, ids.size()), labels,
                Map.of(0, "Loyal", 1, "Lapsed"));
        SegmentClvTotals totals = SegmentClvTotals.of(result, partial, Progress.NONE);
        assertEquals(List.of("Loyal", "Lapsed", SegmentClvTotals.UNASSIGNED),
                totals.segments().stream().map(SegmentClvTotal::segment).toList());
        assertEquals(5, totals.segments().get(2).customers());
        assertEquals(1, totals.warnings().size());

        CustomerSegments foreign = CustomerSegments.ofLabels("other.csv", List.of("x1", "x2"), new int[]{0, 1},
                Map.of(0, "A", 1, "B"));
        assertThrows(UnusableDataException.class, () -> SegmentClvTotals.of(result, foreign, Progress.NONE));
    }
}
