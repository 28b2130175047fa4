package org.clientele.core.transactions;

import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark runs and measures the real work (what it measures is reported, never asserted). */
class RfmBenchmarkTest {

    @Test
    void generatedLogIsReadAndBenchmarked(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("synthetic.csv");
        writeLog(file, 20_000);
        RfmBenchmark.Result r = RfmBenchmark.run(file, 1, 3);
        assertEquals(20_000, r.rowsRead());
        assertEquals(3, r.seconds().length);
        assertTrue(r.medianSeconds() > 0);
        CustomerTable t = new CustomerTableBuilder().build(file, Progress.NONE);
        assertEquals(t.report().rowsKept(), r.rowsKept());
        assertEquals(t.customers().size(), r.customers());
        assertTrue(t.report().removed().get("missingCustomer") > 0 && t.report().removed().get("cancelled") > 0, t.report().toString());
        assertEquals(3.0, RfmBenchmark.median(new double[]{5, 1, 3}));
        assertEquals(2.5, RfmBenchmark.median(new double[]{4, 1, 3, 2}));
    }

    /** A log with 300 customers, every 50th row without a customer and every 40th invoice cancelled. */
    private static void writeLog(Path file, int rows) throws java.io.IOException {
        StringBuilder b = new StringBuilder("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n");
        for (int i = 0; i < rows; i++) {
            int invoice = 500_000 + i / 5;
            String prefix = invoice % 40 == 0 ? "C" : "";
            String customer = i % 50 == 0 ? "" : Integer.toString(10_000 + (invoice * 7) % 300);
            b.append(prefix).append(invoice).append(",P").append(i % 97).append(",ITEM ").append(i % 97)
                    .append(',').append(prefix.isEmpty() ? 1 + i % 6 : -1).append(",2011-")
                    .append(String.format("%02d-%02d %02d:%02d:00", 1 + (i / 1000) % 12, 1 + i % 28, 8 + i % 10, i % 60))
                    .append(',').append(0.5 + (i % 13) * 0.75).append(',').append(customer).append(",United Kingdom\n");
        }
        java.nio.file.Files.writeString(file, b);
    }
}
