package org.clientele.core.eda;

import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.data.Files2;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.io.Json;
import org.clientele.core.task.Progress;
import org.clientele.core.transactions.CleaningRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hand-computed answers on a tiny log; 2011-01-03 is a Monday, 2011-03-01 a Tuesday. */
class SmallLogEdaTest {

    private static final String LOG = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
            + "1001,A,WHITE CANDLE,2,2011-01-03 09:00:00,1.50,1,UK\n"      // 3.00  c1 Jan Mon 9h
            + "1001,B,CHRISTMAS MUG,1,2011-01-03 09:00:00,4.00,1,UK\n"     // 4.00  c1
            + "1002,A,WHITE CANDLE,1,2011-01-03 15:00:00,1.50,2,France\n"  // 1.50  c2 Jan Mon 15h
            + "1003,C,PAPER BAG,10,2011-01-04 10:00:00,0.50,1,UK\n"        // 5.00  c1 Jan Tue
            + "1004,A,WHITE CANDLE,4,2011-02-07 11:00:00,1.50,3,UK\n"      // 6.00  c3 Feb Mon
            + "1005,B,CHRISTMAS MUG,2,2011-03-01 12:00:00,4.00,1,UK\n"     // 8.00  c1 Mar Tue
            + "C1006,A,WHITE CANDLE,-1,2011-03-02 10:00:00,1.50,1,UK\n"    // cancelled
            + "1007,D,MYSTERY THING,1,2011-03-15 10:00:00,2.00,3,UK\n";    // 2.00  c3 Mar Tue

    @TempDir
    Path dir;
    EdaResult r;

    @BeforeEach
    void run() throws Exception {
        r = TransactionEda.run(Files2.write(dir, "log.csv", LOG), ReadOptions.DEFAULT, CleaningRules.DEFAULT, Progress.NONE);
    }

    @Test
    void overviewCountsDistinctOrdersAndCustomers() {
        EdaOverview o = r.overview();
        assertEquals(29.5, o.revenue(), 1e-9);
        assertEquals(6, o.orders());
        assertEquals(3, o.customers());
        assertEquals(7, o.lineItems());
        assertEquals(21, o.items(), 1e-9);
        assertEquals(4, o.products());
        assertEquals(2, o.countries());
        assertEquals(5, o.tradingDays());
        assertEquals(7, r.dataQuality().rowsKept());
        assertEquals(1, r.dataQuality().removed().get("cancelled"));
    }

    @Test
    void dailyWeeklyAndMonthlySums() {
        PeriodSeries d = r.salesOverTime().daily();
        assertArrayEquals(new String[] {"2011-01-03", "2011-01-04", "2011-02-07", "2011-03-01", "2011-03-15"}, d.labels());
        assertArrayEquals(new double[] {8.5, 5, 6, 8, 2}, d.revenue(), 1e-9);
        assertArrayEquals(new long[] {2, 1, 1, 1, 1}, d.orders());
        assertArrayEquals(new int[] {2, 1, 1, 1, 1}, d.customers());
        assertArrayEquals(new double[] {4, 10, 4, 2, 1}, d.items(), 1e-9);

        PeriodSeries w = r.salesOverTime().weekly();
        assertArrayEquals(new String[] {"2011-W01", "2011-W06", "2011-W09", "2011-W11"}, w.labels());
        assertArrayEquals(new String[] {"2011-01-03", "2011-02-07", "2011-02-28", "2011-03-14"}, w.start());
        assertArrayEquals(new double[] {13.5, 6, 8, 2}, w.revenue(), 1e-9);

        PeriodSeries m = r.salesOverTime().monthly();
        assertArrayEquals(new String[] {"2011-01", "2011-02", "2011-03"}, m.labels());
        assertArrayEquals(new double[] {13.5, 6, 10}, m.revenue(), 1e-9);
        assertArrayEquals(new long[] {3, 1, 2}, m.orders());
        assertArrayEquals(new int[] {2, 1, 2}, m.customers());
        assertArrayEquals(new double[] {14, 4, 3}, m.items(), 1e-9);

        Peak top = r.salesOverTime().topMonths().get(0);
        assertEquals("2011-01", top.period());
        assertEquals(13.5 / 29.5, top.share(), 1e-12);
        assertEquals("2011-01-03", r.salesOverTime().topDays().get(0).period());
    }

    @Test
    void seasonalityGrids() {
        Seasonality s = r.seasonality();
        assertEquals(8.5, s.monthWeekdayRevenue()[0][0], 1e-9);
        assertEquals(5, s.monthWeekdayRevenue()[0][1], 1e-9);
        assertEquals(6, s.monthWeekdayRevenue()[1][0], 1e-9);
        assertEquals(10, s.monthWeekdayRevenue()[2][1], 1e-9);
        assertEquals(7, s.weekdayHourRevenue()[0][9], 1e-9);
        assertEquals(1.5, s.weekdayHourRevenue()[0][15], 1e-9);
        assertEquals(1, s.weekdayHourOrders()[0][9]);
    }

    @Test
    void countriesSortedByRevenueWithDistinctCustomers() {
        List<CountryStat> all = r.countries().all();
        assertEquals("UK", all.get(0).country());
        assertEquals(28, all.get(0).revenue(), 1e-9);
        assertEquals(2, all.get(0).customers());
        assertEquals(5, all.get(0).orders());
        assertEquals(14, all.get(0).revenuePerCustomer(), 1e-9);
        assertEquals(28 / 29.5, all.get(0).share(), 1e-12);
        assertEquals("France", all.get(1).country());
        assertEquals(1, all.get(1).customers());
    }

    @Test
    void concentrationOfCustomerSpend() {
        // spend: c1 = 20, c2 = 1.5, c3 = 8; sum |xi - xj| over ordered pairs = 74; G = 74 / (2 * 9 * 29.5 / 3)
        ValueConcentration v = r.valueConcentration();
        assertEquals(3, v.customers());
        assertEquals(74 / (2 * 9 * (29.5 / 3)), v.gini(), 1e-12);
        assertEquals(0, v.lorenzSpend()[0], 0);
        assertEquals(1, v.lorenzSpend()[v.lorenzSpend().length - 1], 1e-12);
        assertEquals(8, v.spendQuantiles().at(0.5), 1e-12);
    }

    @Test
    void cohortRetentionAndRevenue() {
        // c1: Jan, Mar; c2: Jan; c3: Feb, Mar
        CohortTable c = r.cohorts();
        assertArrayEquals(new String[] {"2011-01", "2011-02"}, c.cohorts());
        assertArrayEquals(new int[] {2, 1}, c.sizes());
        assertArrayEquals(new double[] {1, 0, 0.5}, c.retention()[0], 1e-12);
        assertArrayEquals(new double[] {1, 1}, c.retention()[1], 1e-12);
        assertArrayEquals(new double[] {13.5, 0, 8}, c.revenue()[0], 1e-9);
        assertArrayEquals(new double[] {6, 2}, c.revenue()[1], 1e-9);
    }

    @Test
    void productsAndCategories() {
        ProductOverview p = r.products();
        assertEquals(List.of("B", "A", "C", "D"), p.topByRevenue().stream().map(ProductStat::product).toList());
        assertEquals(List.of("C", "A", "B", "D"), p.topByQuantity().stream().map(ProductStat::product).toList());
        ProductStat a = p.topByRevenue().get(1);
        assertEquals("WHITE CANDLE", a.description());
        assertEquals("Candles & lighting", a.category());
        assertEquals(3, a.orders());
        assertEquals(3, a.customers());
        assertEquals(12, revenueOf(p, "Christmas & seasonal"), 1e-9);
        assertEquals(10.5, revenueOf(p, "Candles & lighting"), 1e-9);
        assertEquals(5, revenueOf(p, "Bags & gift wrap"), 1e-9);
        assertEquals(2, revenueOf(p, CategoryRules.OTHER), 1e-9);

        CategoryShares shares = r.customerCategoryShares();
        double[] c1 = shares.shares().get("1");
        assertEquals(3 / 20.0, c1[shares.categories().indexOf("Candles & lighting")], 1e-12);
        assertEquals(12 / 20.0, c1[shares.categories().indexOf("Christmas & seasonal")], 1e-12);
        assertEquals(5 / 20.0, c1[shares.categories().indexOf("Bags & gift wrap")], 1e-12);
        assertEquals(1, shares.shares().get("2")[shares.categories().indexOf("Candles & lighting")], 1e-12);
    }

    @Test
    void oneQuarterHasNoSegmentEvolution() {
        assertNull(r.segmentEvolution());
    }

    @Test
    void jsonIsCamelCaseWithoutNaN() throws Exception {
        Path out = dir.resolve("eda.json");
        r.writeJson(out);
        String text = Files.readString(out);
        assertFalse(text.contains("NaN"));
        JsonNode root = Json.mapper().readTree(text);
        assertEquals(29.5, root.path("overview").path("revenue").asDouble(), 1e-9);
        assertTrue(root.path("salesOverTime").path("monthly").path("revenue").isArray());
        assertTrue(root.path("valueConcentration").has("top20PercentShare"));
        assertTrue(root.path("dataQuality").has("rowsRead"));
        assertFalse(root.has("customerCategoryShares"));
    }

    private static double revenueOf(ProductOverview p, String category) {
        return p.categories().stream().filter(c -> c.category().equals(category)).findFirst().orElseThrow().revenue();
    }
}
