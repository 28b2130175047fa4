package org.clientele.core.analysis;

import org.clientele.core.clv.ClvAnalysis;
import org.clientele.core.clv.ClvOptions;
import org.clientele.core.clv.ClvResult;
import org.clientele.core.clv.ClvTimeUnit;
import org.clientele.core.clv.CustomerClv;
import org.clientele.core.clv.RfmSummaryReader;
import org.clientele.core.data.ColumnType;
import org.clientele.core.data.Table;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CLV columns join a customer table by id, leave unknown customers empty and keep every other column. */
class ClvColumnsTest {

    @Test
    void eachCustomerGetsItsOwnFigures() throws Exception {
        Path file = Path.of(getClass().getResource("/org/clientele/core/clv/cdnow_customers_summary_with_transactions.csv").toURI());
        ClvResult cdnow = ClvAnalysis.runOnSummaries(RfmSummaryReader.read(file, null),
                ClvOptions.DEFAULT.withTimeUnit(ClvTimeUnit.WEEK), Progress.NONE);
        CustomerClv first = cdnow.customerValues().stream().filter(c -> c.customerId().equals("1")).findFirst().orElseThrow();
        Table customers = Table.of(List.of("ID", "segment_hint"), List.of(ColumnType.IDENTIFIER, ColumnType.TEXT),
                Arrays.asList(null, null), Arrays.asList(new String[]{"1", "unknown"}, new String[]{"a", "b"}), "ID");

        Table with = ClvColumns.append(customers, cdnow);
        List<String> expected = List.of("ID", "segment_hint", "p_alive", "expected_purchases", "expected_spend", "clv",
                "p_alive_low", "p_alive_high", "expected_purchases_low", "expected_purchases_high", "clv_low", "clv_high");
        assertEquals(expected, with.columnNames());
        assertEquals(first.probabilityAlive(), with.number(0, 2), 0);
        assertEquals(first.expectedPurchases(), with.number(0, 3), 0);
        assertEquals(first.clv(), with.number(0, 5), 0);
        assertEquals(first.clvLow(), with.number(0, 10), 0);
        assertEquals(first.clvHigh(), with.number(0, 11), 0);
        assertTrue(with.number(0, 10) < first.clv() && first.clv() < with.number(0, 11), "the interval holds the estimate");
        assertTrue(Double.isNaN(with.number(1, 5)), "a customer the CLV run did not see stays empty");
        assertEquals("b", with.text(1, 1));
        assertEquals(expected, ClvColumns.append(with, cdnow).columnNames(), "appending twice replaces, not duplicates");
    }
}
