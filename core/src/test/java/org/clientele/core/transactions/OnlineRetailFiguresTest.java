package org.clientele.core.transactions;

import org.clientele.core.data.ReadOptions;
import org.clientele.core.data.SharedData;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The published figures of UCI Online Retail (shared/data/README.md), from both common exports of it. */
class OnlineRetailFiguresTest {

    @Test
    void defaultRulesGiveThePublishedFigures() {
        Path file = SharedData.file("online_retail.csv.gz");
        CustomerTable t = new CustomerTableBuilder().build(file, Progress.NONE);
        assertPublished(t);
        CleaningReport r = t.report();
        assertEquals(541_909, r.rowsRead());
        assertEquals(135_080, r.removed().get("missingCustomer"));
        assertEquals(5_268, r.duplicateRows());
        assertEquals(LocalDate.of(2011, 12, 10), r.asOf());
        CustomerSummary first = t.customers().get(0);
        assertEquals("12346", first.customerId());
        assertEquals(1, first.frequency());
        assertEquals(77_183.60, first.monetary(), 1e-6);
        assertEquals(LocalDateTime.of(2011, 1, 18, 10, 1), first.lastPurchase());
        assertEquals(326, first.recencyDays());
    }

    @Test
    void latin1ExportWithUsDatesAndIntegerIdsGivesTheSameFigures(@TempDir Path dir) throws Exception {
        Path file = SharedData.file("online_retail.csv.gz");
        Path converted = dir.resolve("Online Retail.csv");
        convertToLegacyExport(file, converted);
        CustomerTable t = new CustomerTableBuilder(ReadOptions.DEFAULT, CleaningRules.DEFAULT, null).build(converted, Progress.NONE);
        assertPublished(t);
        assertEquals("12346", t.customers().get(0).customerId());
    }

    @Test
    void streamingLineItemsAgreeWithTheCustomerTable() {
        Path file = SharedData.file("online_retail.csv.gz");
        double[] sum = {0};
        long[] n = {0};
        CleaningReport r = TransactionReader.forEachCleanItem(file, ReadOptions.DEFAULT, CleaningRules.DEFAULT, Progress.NONE,
                item -> {
                    sum[0] += item.amount();
                    n[0]++;
                });
        assertEquals(397_884, n[0]);
        assertEquals(4_338, r.customers());
        assertEquals(8_911_407.90, r.revenue(), 0.005);
    }

    @Test
    void droppingDuplicatesRemovesThemAfterTheOtherRules() {
        Path file = SharedData.file("online_retail.csv.gz");
        CustomerTable t = new CustomerTableBuilder(ReadOptions.DEFAULT, CleaningRules.DEFAULT.withDropDuplicates(true), null)
                .build(file, Progress.NONE);
        // 5,192 of the 5,268 duplicates survive the other rules (pandas: drop_duplicates after filtering -> 392,692 rows).
        assertEquals(392_692, t.report().rowsKept());
        assertEquals(397_884 - 392_692, t.report().removed().get("duplicates"));
    }

    private static void assertPublished(CustomerTable t) {
        CleaningReport r = t.report();
        assertEquals(397_884, r.rowsKept());
        assertEquals(4_338, r.customers());
        assertEquals(4_338, t.customers().size());
        assertEquals("8911407.90", String.format("%.2f", r.revenue()));
        double total = t.customers().stream().mapToDouble(CustomerSummary::monetary).sum();
        assertEquals(8_911_407.90, total, 0.01);
    }

    /** The other common export: ISO-8859-1, US dates {@code 12/1/2010 8:26}, integer customer ids, CRLF. */
    static void convertToLegacyExport(Path gz, Path out) throws Exception {
        DateTimeFormatter iso = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        DateTimeFormatter us = DateTimeFormatter.ofPattern("M/d/yyyy H:mm");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8));
             BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), Charset.forName("ISO-8859-1")))) {
            w.write(in.readLine());
            w.write("\r\n");
            String line;
            while ((line = in.readLine()) != null) {
                // Fields: InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country;
                // only Description may be quoted, so the last five fields are found from the right.
                int[] cut = new int[5];
                int pos = line.length();
                for (int k = 4; k >= 0; k--) {
                    pos = line.lastIndexOf(',', pos - 1);
                    cut[k] = pos;
                }
                String head = line.substring(0, cut[0]);
                String quantity = line.substring(cut[0] + 1, cut[1]);
                String date = line.substring(cut[1] + 1, cut[2]);
                String price = line.substring(cut[2] + 1, cut[3]);
                String customer = line.substring(cut[3] + 1, cut[4]);
                String country = line.substring(cut[4] + 1);
                String newDate = us.format(LocalDateTime.parse(date, iso));
                String newCustomer = customer.endsWith(".0") ? customer.substring(0, customer.length() - 2) : customer;
                w.write(head + "," + quantity + "," + newDate + "," + price + "," + newCustomer + "," + country + "\r\n");
            }
        }
    }
}
