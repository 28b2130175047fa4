package org.clientele.core.clv;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProbabilityAliveMatrixTest {

    @Test
    void gridOverFrequencyAndRecencyAtTheOldestAge() {
        List<CustomerRfmSummary> customers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            customers.add(new CustomerRfmSummary("c" + i, i % 4, i % 4 == 0 ? 0 : 5, 10 + (i % 31), Double.NaN));
        }
        BgNbdModel model = new BgNbdModel(0.24, 4.41, 0.79, 2.43);
        ProbabilityAliveMatrix m = ProbabilityAliveMatrix.of(model::probabilityAlive, customers, "week");
        assertEquals(40, m.T());
        assertEquals(List.of(0, 1, 2, 3), m.frequencies());
        assertEquals(25, m.recencies().size());
        assertEquals(0, m.recencies().get(0));
        assertEquals(40, m.recencies().get(24));
        assertEquals(4, m.values().size());
        // Row 0 is 1 (no repeat purchase: nothing to die after); each cell is the model's own formula.
        assertTrue(m.values().get(0).stream().allMatch(v -> v == 1.0));
        assertEquals(model.probabilityAlive(3, m.recencies().get(7), 40), m.values().get(3).get(7), 0);
        // More recent buying means more likely alive.
        List<Double> row = m.values().get(2);
        for (int j = 1; j < row.size(); j++) {
            assertTrue(row.get(j) >= row.get(j - 1));
        }
    }

    @Test
    void aYoungCohortGetsOneColumnPerUnit() {
        List<CustomerRfmSummary> customers = List.of(new CustomerRfmSummary("a", 2, 3, 4, 1),
                new CustomerRfmSummary("b", 0, 0, 2, Double.NaN));
        ProbabilityAliveMatrix m = ProbabilityAliveMatrix.of((x, r, T) -> r / T, customers, "day");
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0, 4.0), m.recencies());
        assertEquals(List.of(0, 1, 2), m.frequencies());
        assertEquals(0.75, m.values().get(1).get(3), 1e-12);
    }
}
