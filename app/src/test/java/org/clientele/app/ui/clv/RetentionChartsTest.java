package org.clientele.app.ui.clv;

import org.clientele.core.clv.ContractResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The observed retention rate drawn beside sBG's: S(t) / S(t − 1) where the observed curve has both. */
class RetentionChartsTest {

    private static ContractResult.PeriodProjection period(int t, double observed) {
        return new ContractResult.PeriodProjection(t, observed, 0.5, 0.9, 0.1, 100, 3);
    }

    @Test
    void observedRetentionIsTheRatioOfConsecutiveSurvivalAndStopsWhereTheDataStops() {
        List<ContractResult.PeriodProjection> all = List.of(period(0, 1), period(1, 0.631), period(2, 0.468),
                period(3, Double.NaN));
        assertNull(RetentionCharts.observedRetention(all, 0));
        assertEquals(0.631, RetentionCharts.observedRetention(all, 1), 1e-12);
        assertEquals(0.468 / 0.631, RetentionCharts.observedRetention(all, 2), 1e-12);
        assertNull(RetentionCharts.observedRetention(all, 3), "past the observed periods");
        assertNull(RetentionCharts.observedRetention(all, 4));
        List<ContractResult.PeriodProjection> extinct = List.of(period(0, 1), period(1, 0), period(2, 0));
        assertNull(RetentionCharts.observedRetention(extinct, 2), "nobody left to retain");
    }
}
