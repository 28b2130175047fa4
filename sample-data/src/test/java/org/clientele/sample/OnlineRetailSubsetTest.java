package org.clientele.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnlineRetailSubsetTest {

    static final String SHIPPED_SHA256 = "5dcfca79cb100d05cb7fe3127918b1af658425d84b38992dda495ba647f82213";

    @Test
    void shippedFileHasTheRecordedChecksum() throws IOException {
        byte[] bytes;
        try (InputStream in = SampleDatasets.open("online-retail")) {
            bytes = in.readAllBytes();
        }
        assertEquals(SHIPPED_SHA256, HexFormat.of().formatHex(SampleDatasets.sha256(bytes)));
    }

    /** The figures recorded in the README, recomputed with plain Java and the standard cleaning rules. */
    @Test
    void shippedFileHasTheRecordedFigures() throws IOException {
        long rows = 0;
        long missingCustomer = 0;
        long cancelled = 0;
        long kept = 0;
        double revenue = 0;
        Set<String> customers = new HashSet<>();
        Set<String> keptCustomers = new HashSet<>();
        Set<String> invoices = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(TestFiles.reader(SampleDatasets.open("online-retail"), true))) {
            assertEquals("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country",
                    reader.readLine());
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = OnlineRetailSubset.split(line);
                assertEquals(8, f.length, line);
                rows++;
                invoices.add(f[0]);
                boolean hasCustomer = !f[6].isEmpty();
                boolean isCancellation = f[0].startsWith("C");
                if (hasCustomer) {
                    customers.add(f[6]);
                    assertTrue(f[6].endsWith(".0"), "float customer ids as in the source: " + f[6]);
                } else {
                    missingCustomer++;
                }
                if (isCancellation) {
                    cancelled++;
                }
                double quantity = Double.parseDouble(f[3]);
                double price = Double.parseDouble(f[5]);
                if (hasCustomer && !isCancellation && quantity > 0 && price > 0) {
                    kept++;
                    keptCustomers.add(f[6]);
                    revenue += quantity * price;
                }
            }
        }
        assertEquals(137_809, rows);
        assertEquals(SampleDatasets.defaultDataset().rows(), rows);
        assertEquals(1_093, customers.size());
        assertEquals(36_311, missingCustomer);
        assertEquals(2_659, cancelled);
        assertEquals(6_503, invoices.size());
        assertEquals(98_927, kept);
        assertEquals(1_082, keptCustomers.size());
        assertEquals(2_268_197.61, revenue, 0.005);
    }

    /**
     * Regenerates the subset from the full file with the recorded seed: same bytes as shipped, and every
     * sampled customer's and invoice's rows all present.
     */
    @Test
    void regeneratesBitForBitAndKeepsWholeHistories(@TempDir Path tmp) throws IOException {
        Optional<Path> shared = TestFiles.sharedData();
        Path source = shared.map(d -> d.resolve("online_retail.csv.gz")).orElse(null);
        assumeTrue(source != null && Files.isRegularFile(source), "shared Online Retail data not present");

        Path out = tmp.resolve("subset.csv.gz");
        OnlineRetailSubset.Summary summary = OnlineRetailSubset.write(source, out,
                OnlineRetailSubset.SHIPPED_SEED, OnlineRetailSubset.SHIPPED_FRACTION);
        assertEquals(137_809, summary.rows());
        assertEquals(1_093, summary.customers());
        assertEquals(4_372, summary.customersInSource());
        assertEquals(Math.round(0.25 * summary.invoicesWithoutCustomerInSource()), summary.invoicesWithoutCustomer());
        byte[] shipped;
        try (InputStream in = SampleDatasets.open("online-retail")) {
            shipped = in.readAllBytes();
        }
        assertArrayEquals(shipped, Files.readAllBytes(out));

        Map<String, Integer> subsetRows = countByKey(out);
        Map<String, Integer> sourceRows = countByKey(source);
        assertEquals(summary.customers() + summary.invoicesWithoutCustomer(), subsetRows.size());
        subsetRows.forEach((key, count) -> assertEquals(sourceRows.get(key), count, "whole history of " + key));
    }

    /** Rows per customer, and per invoice for rows without a customer. */
    private static Map<String, Integer> countByKey(Path file) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(TestFiles.reader(Files.newInputStream(file), true))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = OnlineRetailSubset.split(line);
                String key = f[6].isEmpty() ? "invoice " + f[0] : "customer " + f[6];
                counts.merge(key, 1, Integer::sum);
            }
        }
        return counts;
    }

    @Test
    void samplingIsSeededAndTakesTheFraction() {
        java.util.TreeSet<String> keys = new java.util.TreeSet<>();
        for (int i = 0; i < 1000; i++) {
            keys.add("k" + i);
        }
        Set<String> a = OnlineRetailSubset.sample(keys, 0.25, new SeededRandom(5));
        Set<String> b = OnlineRetailSubset.sample(keys, 0.25, new SeededRandom(5));
        assertEquals(250, a.size());
        assertEquals(a, b);
        assertTrue(!a.equals(OnlineRetailSubset.sample(keys, 0.25, new SeededRandom(6))));
    }
}
