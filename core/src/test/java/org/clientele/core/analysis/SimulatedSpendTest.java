package org.clientele.core.analysis;

import org.clientele.core.data.ColumnType;
import org.clientele.core.data.Table;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimulatedSpendTest {

    private static Table table() {
        return Table.of(List.of("id", "visits", "minutes", "tickets", "extra"),
                List.of(ColumnType.IDENTIFIER, ColumnType.INTEGER, ColumnType.DECIMAL, ColumnType.INTEGER, ColumnType.INTEGER),
                Arrays.asList(null, new double[] {1, 2, 3}, new double[] {10, 10, 40}, new double[] {0, 5, Double.NaN},
                        new double[] {7, 8, 9}),
                Arrays.asList(new String[] {"a", "b", "c"}, null, null, null, null), "id");
    }

    @Test
    void followsItsStatedFormulaWithoutNoise() {
        // visits 1,2,3: mean 2, population std sqrt(2/3), so z = -1.2247, 0, 1.2247; 100*exp(0.5 z).
        SimulatedSpend s = new SimulatedSpend("spend", List.of("visits"), new double[] {0.5}, 0, 1);
        assertArrayEquals(new double[] {54.21, 100.0, 184.48}, s.values(table()), 0.005);
        assertEquals("spend = 100 * exp(0.50*z(visits) + e), e ~ Normal(0, 0.00^2), seed 1; SIMULATED, not real spend",
                s.formula());
    }

    @Test
    void usesTheFirstThreeNumericColumnsAndIsReproducible() {
        SimulatedSpend s = SimulatedSpend.forTable(Path.of("t.csv"), table(), 42);
        assertEquals(List.of("visits", "minutes", "tickets"), s.inputs());
        assertTrue(s.formula().contains("0.50*z(visits) + 0.30*z(minutes) - 0.20*z(tickets)"), s.formula());
        assertArrayEquals(s.values(table()), SimulatedSpend.forTable(Path.of("t.csv"), table(), 42).values(table()));
        Table with = s.addTo(table());
        assertEquals("simulated_spend", with.columnNames().get(5));
        assertTrue(Arrays.stream(with.numericColumn(5)).allMatch(v -> v > 0));
    }
}
