package org.clientele.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountedTest {

    @Test
    void oneIsSingularEverythingElsePlural() {
        assertEquals("1 customer", Counted.of(1, "customer"));
        assertEquals("0 customers", Counted.of(0, "customer"));
        assertEquals("4,338 customers", Counted.of(4338, "customer"));
        assertEquals("1 trading day", Counted.of(1, "trading day"));
    }

    @Test
    void aLogOfOneCustomerOnOneDaySaysSo(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("one.csv");
        Files.writeString(log, "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
                + "1,A,Mug,2,2011-01-03 10:00:00,3.50,17850,United Kingdom\n"
                + "2,B,Plate,1,2011-01-03 11:00:00,4.00,17850,United Kingdom\n");
        CliRun rfm = CliRun.of("rfm", log, "--out", dir.resolve("c.csv"));
        assertEquals(0, rfm.exitCode(), rfm.err());
        assertTrue(rfm.out().contains("Read 2 rows, kept 2: 1 customer, revenue 11.00"), rfm.out());
        CliRun eda = CliRun.of("eda", log, "--out", dir.resolve("eda"));
        assertEquals(0, eda.exitCode(), eda.err());
        assertTrue(eda.out().contains("(1 trading day)"), eda.out());
        assertTrue(eda.out().contains("from 2 orders by 1 customer (2 line items, 2 products)"), eda.out());
        assertTrue(eda.out().contains("(the only country)"), eda.out());
    }
}
