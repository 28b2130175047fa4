package org.clientele.core.roi;

import org.clientele.core.data.ColumnType;
import org.clientele.core.data.DataFileException;
import org.clientele.core.data.Table;
import org.clientele.core.report.SegmentAssignments;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmentEconomicsReaderTest {

    private static final Path FILE = Path.of("customers.csv");

    private static SegmentAssignments assignments() {
        List<String> ids = List.of("a", "b", "c", "d", "e");
        double[] confidence = new double[5];
        Arrays.fill(confidence, Double.NaN);
        return new SegmentAssignments("customer_id", ids, new int[]{0, 0, 1, 1, 1}, confidence, null,
                Map.of(0, "Big spenders", 1, "Bargain hunters"), Map.of(), false);
    }

    private static Table table(double[] response) {
        return Table.of(List.of("customer_id", "monetary", "frequency", "Response"),
                List.of(ColumnType.IDENTIFIER, ColumnType.DECIMAL, ColumnType.INTEGER, ColumnType.INTEGER),
                Arrays.asList(null, new double[]{300, 500, 20, 40, 30}, new double[]{2, 3, 1, 2, 1}, response),
                Arrays.asList(new String[]{"a", "b", "c", "d", "e"}, null, null, null), "customer_id");
    }

    @Test
    void orderValueIsSpendOverOrdersAndResponseTheShareOfOnes() {
        Table t = table(new double[]{1, 0, 0, 1, Double.NaN});
        assertEquals("Response", SegmentEconomicsReader.detectResponseColumn(t));
        List<SegmentEconomics> s = SegmentEconomicsReader.read(assignments(), FILE, t, "Response");
        assertEquals(2, s.size());
        assertEquals(2, s.get(0).customers());
        assertEquals(800 / 5.0, s.get(0).averageOrderValue(), 1e-12);
        assertEquals(0.5, s.get(0).responseRate(), 1e-12);
        assertEquals(90 / 4.0, s.get(1).averageOrderValue(), 1e-12);
        assertEquals(0.5, s.get(1).responseRate(), 1e-12, "a missing response is left out, not counted as no");
        assertTrue(s.get(1).source().contains("monetary / frequency"), s.get(1).source());
    }

    @Test
    void withoutATableOnlySizesAreKnown() {
        List<SegmentEconomics> s = SegmentEconomicsReader.read(assignments(), FILE, null, null);
        assertEquals(3, s.get(1).customers());
        assertTrue(Double.isNaN(s.get(1).averageOrderValue()));
        assertTrue(Double.isNaN(s.get(1).responseRate()));
    }

    @Test
    void aResponseColumnThatIsNotZeroOrOneIsABadInput() {
        Table t = table(new double[]{1, 0, 7, 1, 0});
        DataFileException e = assertThrows(DataFileException.class,
                () -> SegmentEconomicsReader.read(assignments(), FILE, t, "Response"));
        assertTrue(e.getMessage().contains("Response"), e.getMessage());
    }
}
