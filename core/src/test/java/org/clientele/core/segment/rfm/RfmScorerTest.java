package org.clientele.core.segment.rfm;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RfmScorerTest {

    @Test
    void scoresCodesAndSegmentsOfTenCustomers() {
        List<String> ids = IntStream.range(0, 10).mapToObj(i -> "c" + i).toList();
        // customer i: recency 10·i days, frequency 10 − i, spend 100·(10 − i): c0 best, c9 worst
        double[] recency = IntStream.range(0, 10).mapToDouble(i -> 10.0 * i).toArray();
        double[] frequency = IntStream.range(0, 10).mapToDouble(i -> 10.0 - i).toArray();
        double[] monetary = IntStream.range(0, 10).mapToDouble(i -> 100.0 * (10 - i)).toArray();
        RfmResult result = RfmScorer.score(ids, recency, frequency, monetary, RfmRuleTable.defaults());

        RfmScore best = result.customers().get(0);
        assertEquals(new RfmScore("c0", 5, 5, 5, 5, "555", "Champions"), best);
        assertEquals(new RfmScore("c9", 1, 1, 1, 1, "111", "Lost"), result.customers().get(9));
        assertEquals("Need Attention", result.customers().get(4).segment()); // 333
        assertEquals("Loyal Customers", result.customers().get(2).segment()); // 444

        RfmSegmentSummary champions = result.segments().get(0);
        assertEquals("Champions", champions.segment());
        assertEquals(2, champions.count());
        assertEquals(0.2, champions.share(), 1e-12);
        assertEquals((1000 + 900) / 5500.0, champions.revenueShare(), 1e-12);
        assertEquals(5, champions.meanRecencyDays(), 1e-12);
        assertEquals(9.5, champions.meanFrequency(), 1e-12);
        assertEquals(950, champions.meanMonetary(), 1e-12);

        assertEquals(10, result.segments().stream().mapToInt(RfmSegmentSummary::count).sum());
        RfmSegmentSummary promising = result.segments().stream()
                .filter(s -> s.segment().equals("Promising")).findFirst().orElseThrow();
        assertEquals(0, promising.count());
        assertTrue(Double.isNaN(promising.meanMonetary()));
        int[] labels = result.labels();
        assertEquals(0, labels[0]);
        assertArrayEquals(new int[] {0, 0, 1, 1, 5, 5, 9, 9, 10, 10}, labels);
    }

    @Test
    void fmScoreRoundsDown() {
        assertEquals(4, RfmScore.fmOf(5, 4));
        assertEquals(1, RfmScore.fmOf(1, 2));
        assertEquals(5, RfmScore.fmOf(5, 5));
    }
}
