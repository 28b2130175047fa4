package org.clientele.core.transactions;

import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.data.ColumnType;
import org.clientele.core.data.DataKind;
import org.clientele.core.data.Files2;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.data.Table;
import org.clientele.core.data.TransactionColumns;
import org.clientele.core.io.Json;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hand-computed answers on tiny logs. */
class CustomerFeaturesTest {

    @TempDir
    Path dir;

    /** 2011-01-03 is a Monday (winter); 2011-07-08 a Friday (summer). */
    private static final String LOG = "InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
            + "1001,A,2,2011-01-03 09:00:00,1.50,17850.0,UK\n"      // kept: 3.00
            + "1001,B,1,2011-01-03 09:00:00,4.00,17850.0,UK\n"      // kept: 4.00
            + "1001,B,1,2011-01-03 09:00:00,4.00,17850.0,UK\n"      // exact duplicate, kept by default
            + "1002,A,3,2011-07-08 20:30:00,1.50,17850.0,France\n"  // kept: 4.50
            + "C1003,A,-1,2011-07-09 10:00:00,1.50,17850.0,UK\n"    // cancelled
            + "1004,A,0,2011-07-09 10:00:00,1.50,12346.0,UK\n"      // nonPositiveQuantity
            + "1005,A,1,2011-07-09 10:00:00,0,12346.0,UK\n"         // nonPositivePrice
            + "1006,A,1,2011-07-09 10:00:00,2.00,,UK\n"             // missingCustomer
            + "C1007,A,-5,2011-07-09 10:00:00,-1,,UK\n"             // missingCustomer (first rule wins)
            + "1008,C,10,2011-07-10 14:00:00,0.10,12346.0,UK\n";    // kept: 1.00

    @Test
    void cleaningCountsEachRowUnderTheFirstRuleThatRemovesIt() throws Exception {
        CustomerTable t = new CustomerTableBuilder().build(Files2.write(dir, "log.csv", LOG), Progress.NONE);
        CleaningReport r = t.report();
        assertEquals(10, r.rowsRead());
        assertEquals(5, r.rowsKept());
        assertEquals(2, r.removed().get("missingCustomer"));
        assertEquals(1, r.removed().get("cancelled"));
        assertEquals(1, r.removed().get("nonPositiveQuantity"));
        assertEquals(1, r.removed().get("nonPositivePrice"));
        assertEquals(1, r.duplicateRows());
        assertEquals(16.50, r.revenue(), 1e-9);
        assertEquals(2, r.customers());
        assertEquals(LocalDate.of(2011, 7, 11), r.asOf());
        assertEquals(LocalDateTime.of(2011, 1, 3, 9, 0), r.firstDate());
        assertEquals(LocalDateTime.of(2011, 7, 10, 14, 0), r.lastDate());

        CleaningReport dedup = new CustomerTableBuilder(null, CleaningRules.DEFAULT.withDropDuplicates(true), null)
                .build(dir.resolve("log.csv"), Progress.NONE).report();
        assertEquals(4, dedup.rowsKept());
        assertEquals(1, dedup.removed().get("duplicates"));
        CleaningReport none = new CustomerTableBuilder(null, new CleaningRules(true, false, false, false, false), null)
                .build(dir.resolve("log.csv"), Progress.NONE).report();
        assertEquals(8, none.rowsKept());
        assertEquals(0, none.removed().get("cancelled"));
    }

    @Test
    void customerFeaturesByHand() throws Exception {
        CustomerTable t = new CustomerTableBuilder().build(Files2.write(dir, "log.csv", LOG), Progress.NONE);
        assertEquals(List.of("12346", "17850"), t.customers().stream().map(CustomerSummary::customerId).toList());
        CustomerSummary c = t.customers().get(1);
        assertEquals(2, c.frequency());
        assertEquals(15.50, c.monetary(), 1e-9);
        assertEquals(7.75, c.averageOrderValue(), 1e-9);
        assertEquals(3, c.recencyDays()); // 2011-07-08 -> as-of 2011-07-11
        assertEquals(186, c.tenureDays()); // 2011-01-03 -> 2011-07-08
        assertEquals(2, c.distinctProducts());
        assertEquals(3.5, c.itemsPerOrder(), 1e-9); // (2 + 1 + 1 + 3) / 2
        assertEquals("UK", c.mainCountry());
        assertEquals(0.5, c.hourMorning());
        assertEquals(0.5, c.hourEvening());
        assertEquals(0.5, c.weekdayMon());
        assertEquals(0.5, c.weekdayFri());
        assertEquals(0.5, c.seasonWinter());
        assertEquals(0.5, c.seasonSummer());
        assertEquals(0.0, c.hourNight() + c.hourAfternoon() + c.weekdaySun() + c.seasonAutumn() + c.seasonSpring());

        CustomerTable later = new CustomerTableBuilder(null, null, LocalDate.of(2011, 12, 31)).build(dir.resolve("log.csv"), Progress.NONE);
        assertEquals(176, later.customers().get(1).recencyDays());
        assertEquals(LocalDate.of(2011, 12, 31), later.report().asOf());
    }

    @Test
    void amountLogWithoutInvoicesCountsDistinctTimestampsAsPurchases() throws Exception {
        Path p = Files2.write(dir, "amounts.csv", "client;when;total\n"
                + "a;01/02/2020;10,50\n"
                + "a;01/02/2020;1,00\n"
                + "a;15/02/2020;5\n"
                + "b;03/03/2020;-2\n"
                + "b;04/03/2020;NA\n"
                + "b;05/03/2020;7\n");
        CustomerTable t = new CustomerTableBuilder().build(p, Progress.NONE);
        TransactionColumns cols = t.report().columns();
        assertEquals("client", cols.customer());
        assertEquals("total", cols.amount());
        assertNull(cols.quantity());
        assertEquals(2, t.report().removed().get("nonPositiveAmount"));
        CustomerSummary a = t.customers().get(0);
        assertEquals(2, a.frequency());
        assertEquals(16.5, a.monetary(), 1e-9);
        assertEquals(LocalDateTime.of(2020, 2, 1, 0, 0), a.firstPurchase()); // day-first: 15/02 decides the order
        assertEquals(1.5, a.itemsPerOrder()); // 3 lines / 2 purchases
        assertEquals(LocalDate.of(2020, 3, 6), t.report().asOf());
    }

    @Test
    void dayFirstDatesAreRecognisedEvenWhenTheSampledRowsCannotTell() throws Exception {
        StringBuilder sb = new StringBuilder("customer,date,amount\n");
        for (int i = 0; i < 25_000; i++) {
            sb.append("c").append(i % 7).append(',').append(String.format("%02d/12/2010 10:00", 1 + i % 12)).append(",2\n");
        }
        sb.append("late,13/12/2010 09:00,5\n");
        CustomerTable t = new CustomerTableBuilder().build(Files2.write(dir, "dmy.csv", sb.toString()), Progress.NONE);
        CustomerSummary c0 = t.customers().get(0);
        assertEquals(LocalDateTime.of(2010, 12, 1, 10, 0), c0.firstPurchase());
        assertEquals(LocalDate.of(2010, 12, 14), t.report().asOf());
    }

    @Test
    void overridesNameTheColumns() throws Exception {
        Path p = Files2.write(dir, "o.csv", "who,t,n,each,ref\nx,2020-01-01,2,3,R1\nx,2020-01-02,1,3,R2\ny,2020-01-02,1,1,R3\n");
        ReadOptions o = new ReadOptions(DataKind.TRANSACTIONS, null,
                new TransactionColumns("who", "t", null, "n", "each", "ref", null, null, null));
        CustomerTable t = new CustomerTableBuilder(o, null, null).build(p, Progress.NONE);
        assertEquals(2, t.customers().size());
        assertEquals(9, t.customers().get(0).monetary());
        assertEquals(2, t.customers().get(0).frequency());

        Path both = Files2.write(dir, "both.csv", "customer,date,Quantity,UnitPrice,paid\nx,2020-01-01,2,3,50\nx,2020-01-02,1,3,40\n");
        assertEquals(9, new CustomerTableBuilder().build(both, Progress.NONE).customers().get(0).monetary());
        ReadOptions paid = new ReadOptions(null, null, new TransactionColumns(null, null, "paid", null, null, null, null, null, null));
        assertEquals(90, new CustomerTableBuilder(paid, null, null).build(both, Progress.NONE).customers().get(0).monetary());
    }

    @Test
    void lineItemsStreamInFileOrder() throws Exception {
        List<LineItem> items = new ArrayList<>();
        CleaningReport r = TransactionReader.forEachCleanItem(Files2.write(dir, "log.csv", LOG), ReadOptions.DEFAULT,
                CleaningRules.DEFAULT, Progress.NONE, items::add);
        assertEquals(5, items.size());
        LineItem first = items.get(0);
        assertEquals("17850", first.customerId());
        assertEquals("1001", first.invoice());
        assertEquals(2, first.quantity());
        assertEquals(1.5, first.unitPrice());
        assertEquals(3.0, first.amount());
        assertEquals("A", first.product());
        assertEquals("UK", first.country());
        assertEquals(2, r.customers());
    }

    @Test
    void csvAndJsonOutputsFollowTheContract() throws Exception {
        CustomerTable t = new CustomerTableBuilder().build(Files2.write(dir, "log.csv", LOG), Progress.NONE);
        Path csv = dir.resolve("out/CUSTOMERS.csv");
        t.writeCsv(csv);
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("customer_id,recency_days,frequency,monetary,first_purchase,last_purchase,"), lines.get(0));
        assertTrue(lines.get(2).startsWith("17850,3,2,15.5,2011-01-03 09:00:00,2011-07-08 20:30:00,"), lines.get(2));
        assertEquals(3, lines.size());

        Table back = Table.read(csv, ReadOptions.DEFAULT, Progress.NONE);
        assertEquals("customer_id", back.idColumn());
        assertEquals(t.toTable().columnNames(), back.columnNames());
        assertEquals(ColumnType.DATETIME, back.type(back.columnIndex("last_purchase")));
        assertEquals(t.toTable().numericFeatureColumns(), back.numericFeatureColumns());
        assertEquals(15.5, back.number(1, back.columnIndex("monetary")));

        Path json = dir.resolve("out/CLEANING.json");
        t.report().writeJson(json);
        JsonNode n = Json.mapper().readTree(json.toFile());
        for (String key : List.of("rowsRead", "rowsKept", "customers", "revenue", "removed", "duplicateRows", "asOf")) {
            assertTrue(n.has(key), key);
        }
        assertEquals("2011-07-11", n.get("asOf").asText());
        assertEquals(1, n.get("removed").get("cancelled").asInt());
        assertEquals(16.5, n.get("revenue").asDouble());
    }

    @Test
    void averageOrderValueDoesNotDependOnTheOrderTheLinesWereSummed() {
        // The same revenue, 10.45, summed in two orders: the totals differ in their last bits, and halving them
        // gave averages of 5.22 and 5.23 once rounded to cents.
        double oneWay = 10.15 + 0.1 + 0.2;
        double otherWay = 0.2 + 0.1 + 10.15;
        assertTrue(oneWay != otherWay, "the sums differ in their last bits");
        assertEquals(CustomerSummary.averageOrderValue(oneWay, 2), CustomerSummary.averageOrderValue(otherWay, 2));
        assertEquals(5.225, CustomerSummary.averageOrderValue(oneWay, 2));
    }
}
