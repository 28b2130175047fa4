package org.clientele.core.analysis;

import org.clientele.core.UserInputException.Reason;
import org.clientele.core.data.DataFileException;
import org.clientele.core.data.DataKind;
import org.clientele.core.data.Files2;
import org.clientele.core.data.Profiler;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.data.SharedData;
import org.clientele.core.data.Table;
import org.clientele.core.task.CancelledException;
import org.clientele.core.task.Progress;
import org.clientele.core.transactions.CustomerTable;
import org.clientele.core.transactions.CustomerTableBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Opening in one pass gives what the three separate readers (profile, rows, customers) give. */
class DatasetOpenerTest {

    @TempDir
    Path dir;

    /** A messy log: cancellations, missing customers, exact duplicates, two countries. */
    private Path log(int rows) throws Exception {
        Random random = new Random(7);
        StringBuilder sb = new StringBuilder("InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n");
        for (int i = 0; i < rows; i++) {
            int invoice = 500_000 + i / 3;
            String line = (i % 97 == 0 ? "C" : "") + invoice + ",P" + random.nextInt(40) + ","
                    + (i % 97 == 0 ? -1 : 1 + random.nextInt(5)) + ",2011-" + String.format("%02d-%02d", 1 + i % 12,
                    1 + i % 28) + " 10:" + String.format("%02d", i % 60) + ":00," + (1 + random.nextInt(900)) / 100.0
                    + "," + (i % 50 == 0 ? "" : String.valueOf(12_000 + random.nextInt(300))) + ","
                    + (i % 5 == 0 ? "France" : "United Kingdom") + "\n";
            sb.append(line);
            if (i % 101 == 0) {
                sb.append(line);
            }
        }
        return Files2.write(dir, "log.csv", sb.toString());
    }

    @Test
    void aLogGivesTheProfileRowsAndCustomersOfTheSeparateReaders() throws Exception {
        Path file = log(5_000);
        OpenedDataset opened = DatasetOpener.open(file, ReadOptions.DEFAULT, Progress.NONE);
        assertEquals(DataKind.TRANSACTIONS, opened.kind());
        assertEquals(Profiler.profile(file, ReadOptions.DEFAULT, Progress.NONE), opened.profile());
        CustomerTable separate = new CustomerTableBuilder(opened.options(), null, null).build(file, Progress.NONE);
        assertEquals(separate.customers(), opened.customers().customers());
        assertEquals(separate.report(), opened.customers().report());
        assertTrue(opened.customers().report().rowsKept() < opened.profile().rows(), "cleaning removed rows");
        assertSameCells(Table.read(file, opened.options(), Progress.NONE), opened.rows());
    }

    @Test
    void aCustomerTableGivesTheRowsTheCommandLineReads() throws Exception {
        Path file = Files2.write(dir, "customers.csv", "customer_id,income,visits,joined\n"
                + "1,52000,3,2020-01-04\n2,,7,2021-03-09\n3,61000.5,1,2019-12-31\n4,48000,NA,2020-06-30\n");
        OpenedDataset opened = DatasetOpener.open(file, ReadOptions.DEFAULT, Progress.NONE);
        assertEquals(DataKind.CUSTOMERS, opened.kind());
        assertNull(opened.customers());
        assertEquals(Profiler.profile(file, ReadOptions.DEFAULT, Progress.NONE), opened.profile());
        assertSameCells(Table.read(file, ReadOptions.DEFAULT, Progress.NONE), opened.rows());
        assertEquals(Table.read(file, ReadOptions.DEFAULT, Progress.NONE).type(1), opened.rows().type(1));
    }

    @Test
    void aLogTooLargeForMemoryKeepsAPreviewButUsesEveryRowForCustomers() throws Exception {
        Path file = log(3_000);
        OpenedDataset whole = DatasetOpener.open(file, ReadOptions.DEFAULT, Progress.NONE);
        OpenedDataset preview = DatasetOpener.open(file, ReadOptions.DEFAULT, Progress.NONE, 1, 250);
        assertEquals(250, preview.rows().rowCount());
        assertEquals(whole.customers(), preview.customers());
        assertEquals(whole.profile().rows(), preview.profile().rows());
        assertTrue(preview.profile().warnings().stream().anyMatch(w -> w.contains("first 250 of")),
                preview.profile().warnings().toString());
    }

    @Test
    void aCustomerTableTooLargeForMemoryIsRefusedWithTheReason() throws Exception {
        Path file = Files2.write(dir, "customers.csv", "customer_id,income\n1,5\n2,6\n");
        DataFileException e = assertThrows(DataFileException.class,
                () -> DatasetOpener.open(file, ReadOptions.DEFAULT, Progress.NONE, 1, 250));
        assertEquals(Reason.TOO_LARGE, e.reason());
    }

    @Test
    void cancellingStopsEveryThreadOfThePass() throws Exception {
        Path file = log(70_000);
        Progress cancelAtOnce = new Progress() {
            @Override public void update(double fraction, String message) { }
            @Override public boolean isCancelled() { return true; }
        };
        assertThrows(CancelledException.class, () -> DatasetOpener.open(file, ReadOptions.DEFAULT, cancelAtOnce));
        Thread.sleep(400);
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("clientele-")),
                "no reader or profiler thread is left");
    }

    @Test
    void onlineRetailOpensWithThePublishedFigures() {
        Path file = SharedData.file("online_retail.csv.gz");
        OpenedDataset opened = DatasetOpener.open(file, ReadOptions.DEFAULT, Progress.NONE);
        assertEquals(541_909, opened.profile().rows());
        assertEquals(541_909, opened.rows().rowCount());
        assertEquals(4_338, opened.customers().customers().size());
        assertEquals(397_884, opened.customers().report().rowsKept());
        assertEquals(8_911_407.90, opened.customers().report().revenue(), 0.005);
    }

    private static void assertSameCells(Table expected, Table actual) {
        assertEquals(expected.columnNames(), actual.columnNames());
        assertEquals(expected.rowCount(), actual.rowCount());
        for (int c = 0; c < expected.columnNames().size(); c++) {
            for (int r = 0; r < expected.rowCount(); r++) {
                assertEquals(expected.text(r, c), actual.text(r, c), "row " + r + ", column " + c);
            }
        }
    }
}
