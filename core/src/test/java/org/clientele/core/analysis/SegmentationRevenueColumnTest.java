package org.clientele.core.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.data.Table;
import org.clientele.core.io.Json;
import org.clientele.core.segment.SegmentOptions;
import org.clientele.core.segment.profile.SegmentEntry;
import org.clientele.core.segment.profile.SegmentExplanation;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A share of revenue only with a known revenue column, and segments.json says which; on tables shaped like
 * the real ones (tabs, a date, a text column, units in headers, Kaggle's constant Z_Revenue).
 */
class SegmentationRevenueColumnTest {

    /** Two groups of 60 customers: affluent big wine buyers and budget families. */
    private static Path marketingLike(Path dir, String spendHeader, double constantSpend) throws IOException {
        Random random = new Random(21);
        StringBuilder s = new StringBuilder("ID\tYear_Birth\tMarital_Status\tIncome\tKidhome\tDt_Customer\tMntWines\t"
                + spendHeader + "\n");
        for (int i = 0; i < 120; i++) {
            boolean rich = i % 2 == 0;
            double wine = Math.max(0, (rich ? 600 : 40) + 60 * random.nextGaussian());
            s.append(String.format(Locale.ROOT, "%d\t%d\t%s\t%.0f\t%d\t2013-0%d-1%d\t%.0f\t%.0f%n", 1000 + i,
                    (rich ? 1960 : 1985) + random.nextInt(8), rich ? "Married" : "Single",
                    (rich ? 80_000 : 30_000) + 5_000 * random.nextGaussian(), rich ? 0 : 1 + random.nextInt(2),
                    1 + random.nextInt(9), random.nextInt(10), wine,
                    Double.isNaN(constantSpend) ? wine * 1.5 + 20 * random.nextDouble() : constantSpend));
        }
        Path file = dir.resolve("campaign.tsv");
        Files.writeString(file, s.toString());
        return file;
    }

    private static SegmentationReport segment(Path file) {
        Table table = CustomerTables.load(file, ReadOptions.DEFAULT, Progress.NONE);
        return SegmentationRun.run(file, table, SegmentOptions.DEFAULT.withK(2).withBootstrap(0), Progress.NONE);
    }

    @Test
    void aConstantRevenueColumnGivesNoShareOfRevenue(@TempDir Path dir) throws IOException {
        SegmentationReport report = segment(marketingLike(dir, "Z_Revenue", 11));
        assertEquals(null, report.profile().revenueColumn());
        for (SegmentEntry e : report.segments()) {
            assertTrue(Double.isNaN(e.revenueShare()), e.toString());
            assertFalse(e.description().contains("revenue"), e.description());
        }
        Path json = dir.resolve("segments.json");
        report.writeJson(json);
        JsonNode tree = Json.mapper().readTree(json.toFile());
        assertTrue(tree.has("revenueColumn") && tree.get("revenueColumn").isNull());
        assertTrue(tree.get("segments").get(0).get("revenueShare").isNull());
    }

    @Test
    void aSpendColumnIsNamedWhereItsShareIsShown(@TempDir Path dir) throws IOException {
        SegmentationReport report = segment(marketingLike(dir, "Purchase Amount (USD)", Double.NaN));
        assertEquals("Purchase Amount (USD)", report.profile().revenueColumn());
        double total = 0;
        for (SegmentEntry e : report.segments()) {
            total += e.revenueShare();
            assertTrue(e.description().matches(".* — \\d+% of customers, \\d+% of revenue \\(purchase amount\\); .*"),
                    e.description());
        }
        assertEquals(1.0, total, 1e-9);
        Path json = dir.resolve("segments.json");
        report.writeJson(json);
        assertEquals("Purchase Amount (USD)", Json.mapper().readTree(json.toFile()).get("revenueColumn").asText());
        for (SegmentExplanation e : report.explanations()) {
            String name = e.label().generatedName();
            assertTrue(name.split(" ").length <= 5, name);
            assertFalse(name.matches(".*(Mnt|Kidhome|Year|Income \\(|_).*"), name);
        }
    }

    @Test
    void aSemicolonTableWithUnitsInHeadersReadsInPlainWords(@TempDir Path dir) throws IOException {
        Random random = new Random(5);
        StringBuilder s = new StringBuilder("CustomerID;Gender;Tenure (months);Age;Annual Income (k€);Orders Last 12m;"
                + "Avg. Order Value (€);Days Since Last Order;Complain;SatisfactionScore (1-5);SignupDate\n");
        double[][] centres = {{40, 52, 85, 14, 120, 10, 0.05, 4.5}, {5, 28, 35, 3, 40, 25, 0.1, 3.5},
                {20, 35, 45, 8, 55, 15, 0.6, 2}, {30, 44, 60, 2, 60, 160, 0.2, 3}};
        for (int i = 0; i < 400; i++) {
            double[] c = centres[i % 4];
            s.append(String.format(Locale.ROOT, "C%d;%s;%.0f;%.0f;%.1f;%d;%.2f;%d;%d;%d;2021-0%d-1%d%n", i,
                    random.nextBoolean() ? "F" : "M", c[0] + 4 * random.nextGaussian(), c[1] + 5 * random.nextGaussian(),
                    c[2] + 6 * random.nextGaussian(), Math.max(0, Math.round(c[3] + 2 * random.nextGaussian())),
                    Math.max(5, c[4] + 12 * random.nextGaussian()), Math.max(0, Math.round(c[5] + 8 * random.nextGaussian())),
                    random.nextDouble() < c[6] ? 1 : 0, Math.min(5, Math.max(1, Math.round(c[7] + 0.5 * random.nextGaussian()))),
                    1 + random.nextInt(9), random.nextInt(10)));
        }
        Path file = dir.resolve("shop.csv");
        Files.writeString(file, s.toString());
        Table table = CustomerTables.load(file, ReadOptions.DEFAULT, Progress.NONE);
        SegmentationReport report = SegmentationRun.run(file, table, SegmentOptions.DEFAULT.withK(4).withBootstrap(0),
                Progress.NONE);
        assertEquals(null, report.profile().revenueColumn(), "no spend total in this table");
        java.util.Set<String> names = new java.util.HashSet<>();
        for (SegmentEntry e : report.segments()) {
            assertTrue(names.add(e.name()), "unique: " + e.name());
            assertTrue(e.name().split(" ").length <= 5, e.name());
            assertFalse(e.description().matches(".*(\\(k€\\)|\\(1-5\\)|Avg\\.|_|Last 12m|SatisfactionScore).*"),
                    e.description());
            assertFalse(e.description().contains("revenue"), e.description());
        }
        String all = report.segments().stream().map(SegmentEntry::description).reduce("", String::concat);
        assertTrue(all.contains(" of 5 vs "), all);           // the satisfaction scale is kept for numbers
        assertTrue(all.matches(".*€\\d+(\\.\\d)?k.*"), all);   // income in € thousands
        assertTrue(all.contains("orders in the last 12 months"), all);
    }
}
