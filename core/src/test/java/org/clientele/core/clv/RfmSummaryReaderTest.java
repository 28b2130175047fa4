package org.clientele.core.clv;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RfmSummaryReaderTest {

    @Test
    void readsALifetimesSummaryWithAnIdColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("summary.csv");
        Files.writeString(file, "\uFEFFCustomerID;frequency;recency;T;monetary_value\n"
                + "12346;0;0.0;325.0;0.0\n12347;6;365.0;367.0;599.70\n");
        List<CustomerRfmSummary> rows = RfmSummaryReader.read(file, null);
        assertEquals(2, rows.size());
        assertEquals("12346", rows.get(0).customerId());
        assertTrue(Double.isNaN(rows.get(0).monetaryValue()));
        assertEquals(new CustomerRfmSummary("12347", 6, 365, 367, 599.70), rows.get(1));
    }

    @Test
    void numbersRowsWhenThereIsNoIdAndMonetaryIsOptional(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.csv");
        Files.writeString(file, "frequency,recency,T\n1,2,3\n0,0,5\n");
        List<CustomerRfmSummary> rows = RfmSummaryReader.read(file, null);
        assertEquals("1", rows.get(0).customerId());
        assertEquals("2", rows.get(1).customerId());
        assertTrue(Double.isNaN(rows.get(0).monetaryValue()));
    }

    @Test
    void namesFileLineAndColumnOfABadValue(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "id,frequency,recency,T\na,1,2,3\nb,1,x2,3\n");
        ClvInputException e = assertThrows(ClvInputException.class, () -> RfmSummaryReader.read(file, null));
        assertEquals("bad.csv: line 3, column 'recency': \"x2\" is not a number. Fix the value.", e.userMessage());
        assertEquals(3, e.line());
    }

    @Test
    void rejectsImpossibleHistoriesAndMissingColumns(@TempDir Path dir) throws Exception {
        Path recencyAfterT = dir.resolve("r.csv");
        Files.writeString(recencyAfterT, "frequency,recency,T\n2,9,3\n");
        ClvInputException e = assertThrows(ClvInputException.class, () -> RfmSummaryReader.read(recencyAfterT, null));
        assertTrue(e.userMessage().startsWith("r.csv: line 2: recency (9.0) is larger than T (3.0)"), e.userMessage());
        Path noT = dir.resolve("n.csv");
        Files.writeString(noT, "frequency,recency\n1,2\n");
        e = assertThrows(ClvInputException.class, () -> RfmSummaryReader.read(noT, null));
        assertTrue(e.userMessage().contains("frequency, recency and T"), e.userMessage());
        Path nonPositiveSpend = dir.resolve("m.csv");
        Files.writeString(nonPositiveSpend, "frequency,recency,T,monetary_value\n1,2,3,-4\n");
        e = assertThrows(ClvInputException.class, () -> RfmSummaryReader.read(nonPositiveSpend, null));
        assertEquals("monetary_value", e.column());
        assertThrows(ClvInputException.class, () -> RfmSummaryReader.read(dir.resolve("missing.csv"), null));
        assertThrows(ClvInputException.class, () -> RfmSummaryReader.read(recencyAfterT, "nope"));
    }
}
