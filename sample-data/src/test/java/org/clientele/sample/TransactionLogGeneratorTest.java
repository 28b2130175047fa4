package org.clientele.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransactionLogGeneratorTest {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final long ROWS = 150_000;

    @TempDir
    static Path tmp;
    static List<CSVRecord> log;
    static TransactionLogGenerator.Summary summary;

    @BeforeAll
    static void generate() throws IOException {
        Path file = tmp.resolve("log.csv");
        summary = TransactionLogGenerator.write(file, TransactionOptions.of(ROWS, 42), Progress.NONE);
        log = TestFiles.records(file);
    }

    @Test
    void writesExactlyTheRequestedRowsInTheOnlineRetailLayout() throws IOException {
        assertEquals(ROWS, log.size());
        assertEquals(ROWS, summary.rows());
        assertEquals(List.of(TransactionLogGenerator.COLUMNS), TestFiles.header(tmp.resolve("log.csv")));
        for (CSVRecord r : log) {
            assertEquals(8, r.size());
        }
        assertTrue(summary.customersWithOrders() <= TransactionOptions.defaultCustomers(ROWS));
        assertTrue(summary.customersWithOrders() > 0.5 * TransactionOptions.defaultCustomers(ROWS));
    }

    @Test
    void sameSeedSameBytesAlsoWhenCompressed(@TempDir Path dir) throws IOException {
        TransactionOptions options = TransactionOptions.of(20_000, 7);
        for (String name : List.of("x.csv", "x.csv.gz")) {
            Path a = dir.resolve("a-" + name);
            Path b = dir.resolve("b-" + name);
            TransactionLogGenerator.write(a, options, Progress.NONE);
            TransactionLogGenerator.write(b, options, Progress.NONE);
            assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), name);
        }
        Path other = dir.resolve("other.csv");
        TransactionLogGenerator.write(other, TransactionOptions.of(20_000, 8), Progress.NONE);
        assertFalse(Arrays.equals(Files.readAllBytes(dir.resolve("a-x.csv")), Files.readAllBytes(other)));
        assertEquals(20_000, TestFiles.records(dir.resolve("a-x.csv.gz")).size());
    }

    @Test
    void isInTimeOrderWithinThePeriodWithoutSaturdaysAndWithANovemberPeak() {
        LocalDateTime previous = LocalDateTime.MIN;
        Map<Integer, Set<LocalDate>> daysByMonth = new HashMap<>();
        Map<Integer, Integer> rowsByMonth = new HashMap<>();
        for (CSVRecord r : log) {
            LocalDateTime t = LocalDateTime.parse(r.get("InvoiceDate"), TIME);
            assertFalse(t.isBefore(previous), "time order");
            previous = t;
            LocalDate day = t.toLocalDate();
            assertFalse(day.isBefore(TransactionOptions.DEFAULT_START) || day.isAfter(TransactionOptions.DEFAULT_END));
            assertTrue(day.getDayOfWeek() != DayOfWeek.SATURDAY);
            assertTrue(t.getHour() >= 7 && t.getHour() <= 20);
            daysByMonth.computeIfAbsent(t.getMonthValue(), m -> new HashSet<>()).add(day);
            rowsByMonth.merge(t.getMonthValue(), 1, Integer::sum);
        }
        double novemberPerDay = rowsByMonth.get(11) / (double) daysByMonth.get(11).size();
        double februaryPerDay = rowsByMonth.get(2) / (double) daysByMonth.get(2).size();
        assertTrue(novemberPerDay > 2 * februaryPerDay, novemberPerDay + " vs " + februaryPerDay);
    }

    @Test
    void hasCancellationsGuestInvoicesAndAUkHeavyCountryMix() {
        Set<String> invoices = new HashSet<>();
        Set<String> cancellations = new HashSet<>();
        Set<String> guests = new HashSet<>();
        long uk = 0;
        for (CSVRecord r : log) {
            String invoice = r.get("InvoiceNo");
            invoices.add(invoice);
            int quantity = Integer.parseInt(r.get("Quantity"));
            assertTrue(Double.parseDouble(r.get("UnitPrice")) > 0);
            if (invoice.startsWith("C")) {
                cancellations.add(invoice);
                assertTrue(quantity < 0, "cancellations have negative quantities");
            } else {
                assertTrue(quantity > 0);
            }
            if (r.get("CustomerID").isEmpty()) {
                guests.add(invoice);
            }
            if (r.get("Country").equals("United Kingdom")) {
                uk++;
            }
        }
        double cancellationShare = cancellations.size() / (double) invoices.size();
        double guestShare = guests.size() / (double) invoices.size();
        assertEquals(TransactionOptions.DEFAULT_CANCELLATION_SHARE, cancellationShare, 0.01);
        assertEquals(TransactionOptions.DEFAULT_MISSING_CUSTOMER_SHARE * (1 - cancellationShare), guestShare, 0.015);
        assertEquals(summary.invoices(), invoices.size());
        assertEquals(summary.cancellationInvoices(), cancellations.size());
        assertTrue(uk > 0.8 * log.size(), "UK share " + uk / (double) log.size());
    }

    /** A few heavy buyers: the top 20% of customers hold the majority of (clean) revenue. */
    @Test
    void revenueIsConcentratedInFewCustomers() {
        Map<String, Double> revenue = new HashMap<>();
        for (CSVRecord r : log) {
            String customer = r.get("CustomerID");
            if (!customer.isEmpty() && !r.get("InvoiceNo").startsWith("C")) {
                revenue.merge(customer, Integer.parseInt(r.get("Quantity")) * Double.parseDouble(r.get("UnitPrice")),
                        Double::sum);
            }
        }
        double[] sorted = revenue.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double total = Arrays.stream(sorted).sum();
        int top = sorted.length / 5;
        double topShare = Arrays.stream(sorted, sorted.length - top, sorted.length).sum() / total;
        assertTrue(topShare > 0.6, "top 20% hold " + topShare);
        assertTrue(topShare < 0.95, "but not everything: " + topShare);
    }

    /** Zipf popularity: the most popular 1% of products sell far more than 1% of the lines. */
    @Test
    void productPopularityIsSkewed() {
        Map<String, Integer> lines = new HashMap<>();
        Map<String, Set<String>> descriptions = new HashMap<>();
        for (CSVRecord r : log) {
            lines.merge(r.get("StockCode"), 1, Integer::sum);
            descriptions.computeIfAbsent(r.get("StockCode"), k -> new HashSet<>()).add(r.get("Description"));
        }
        descriptions.values().forEach(d -> assertEquals(1, d.size(), "one description per stock code"));
        List<Integer> counts = new ArrayList<>(lines.values());
        counts.sort((a, b) -> b - a);
        int top = TransactionOptions.DEFAULT_PRODUCTS / 100;
        long topLines = counts.subList(0, top).stream().mapToLong(Integer::longValue).sum();
        assertTrue(topLines > 0.15 * log.size(), "top 1% of products: " + topLines);
    }

    @Test
    void customerCountAndPeriodCanBeChosen(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("small.csv");
        TransactionOptions options = TransactionOptions.of(5_000, 1).withCustomers(40)
                .withPeriod(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31));
        TransactionLogGenerator.write(file, options, Progress.NONE);
        Set<String> ids = new HashSet<>();
        for (CSVRecord r : TestFiles.records(file)) {
            if (!r.get("CustomerID").isEmpty()) {
                ids.add(r.get("CustomerID"));
            }
            assertTrue(r.get("InvoiceDate").startsWith("2023-03-"));
        }
        assertTrue(ids.size() <= 40 && ids.size() > 20, ids.size() + " customers");
    }
}
