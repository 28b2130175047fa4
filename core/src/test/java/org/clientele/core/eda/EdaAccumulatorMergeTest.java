package org.clientele.core.eda;

import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.data.Files2;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.io.Json;
import org.clientele.core.task.Progress;
import org.clientele.core.testing.JsonClose;
import org.clientele.core.transactions.CleaningRules;
import org.clientele.core.transactions.CustomerTable;
import org.clientele.core.transactions.CustomerTableBuilder;
import org.clientele.core.transactions.LineItem;
import org.clientele.core.transactions.TransactionReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A log split into consecutive stretches, each accumulated on its own and merged in order, gives the EDA of
 * one pass over the whole log: on a seeded log with invoices that run across the cuts, come back later, lack
 * an invoice number, change country, and repeat a product within an invoice.
 */
class EdaAccumulatorMergeTest {

    @TempDir
    static Path dir;
    static Path file;
    static List<LineItem> items;
    static CustomerTable table;
    static JsonNode whole;
    static long wholeOrders;

    @BeforeAll
    static void readLog() throws Exception {
        file = Files2.write(dir, "log.csv", log(new Random(7), 900));
        items = new ArrayList<>();
        TransactionReader.forEachCleanItem(file, ReadOptions.DEFAULT, CleaningRules.DEFAULT, Progress.NONE, items::add);
        table = new CustomerTableBuilder().build(file, Progress.NONE);
        EdaAccumulator all = accumulate(0, items.size());
        wholeOrders = all.orderCount();
        whole = tree(all);
        // the accumulator of one pass is what TransactionEda.run reports
        JsonNode run = Json.mapper().valueToTree(TransactionEda.run(file, ReadOptions.DEFAULT, CleaningRules.DEFAULT,
                Progress.NONE));
        assertEquals(List.of(), JsonClose.differences(run, whole, 0, 5));
    }

    @Test
    void twoHalvesMergeIntoTheWhole() {
        for (int cut : new int[] {0, 1, 2, items.size() / 3, items.size() / 2 + 1, items.size() - 1, items.size()}) {
            EdaAccumulator merged = accumulate(0, cut).merge(accumulate(cut, items.size()));
            assertEquals(wholeOrders, merged.orderCount(), "orders, cut at " + cut);
            assertEquals(List.of(), JsonClose.differences(whole, tree(merged), 1e-12, 5), "cut at " + cut);
        }
    }

    @Test
    void cutsInsideAnInvoiceMergeIntoTheWhole() {
        List<Integer> inside = new ArrayList<>();
        for (int cut = 1; cut < items.size(); cut++) {
            LineItem before = items.get(cut - 1);
            if (before.invoice() != null && before.invoice().equals(items.get(cut).invoice())) {
                inside.add(cut);
            }
        }
        assertTrue(inside.size() > 100, "cuts inside an invoice: " + inside.size());
        // a spread of them: each comparison runs the whole summary, segment evolution included
        for (int i = 0; i < inside.size(); i += inside.size() / 15) {
            int cut = inside.get(i);
            EdaAccumulator merged = accumulate(0, cut).merge(accumulate(cut, items.size()));
            assertEquals(List.of(), JsonClose.differences(whole, tree(merged), 1e-12, 5), "cut at " + cut);
        }
    }

    @Test
    void manyStretchesMergeInAnyGroupingButInOrder() {
        int n = items.size();
        int[] cuts = {0, 37, 38, 200, 201, 455, 600, 777, n};
        List<EdaAccumulator> left = parts(cuts);
        EdaAccumulator leftFold = left.get(0);
        for (int i = 1; i < left.size(); i++) {
            leftFold.merge(left.get(i));
        }
        // as a tree reduction groups them: pairs first, then the pairs' results
        List<EdaAccumulator> level = parts(cuts);
        while (level.size() > 1) {
            List<EdaAccumulator> next = new ArrayList<>();
            for (int i = 0; i < level.size(); i += 2) {
                next.add(i + 1 < level.size() ? level.get(i).merge(level.get(i + 1)) : level.get(i));
            }
            level = next;
        }
        assertEquals(List.of(), JsonClose.differences(whole, tree(leftFold), 1e-12, 5));
        assertEquals(List.of(), JsonClose.differences(whole, tree(level.get(0)), 1e-12, 5));
    }

    @Test
    void anAccumulatorSurvivesSerialisation() throws Exception {
        int cut = items.size() / 2;
        EdaAccumulator first = roundTrip(accumulate(0, cut));
        EdaAccumulator second = roundTrip(accumulate(cut, items.size()));
        assertEquals(List.of(), JsonClose.differences(whole, tree(first.merge(second)), 1e-12, 5));
    }

    @Test
    void theLogHasTheCasesTheMergeMustHandle() {
        long noInvoice = items.stream().filter(i -> i.invoice() == null).count();
        long noCountry = items.stream().filter(i -> i.country() == null).count();
        assertTrue(noInvoice > 10, "lines without invoice: " + noInvoice);
        assertTrue(noCountry > 10, "lines without country: " + noCountry);
        assertTrue(whole.at("/segmentEvolution").isObject(), "segment evolution is part of the comparison");
    }

    private static List<EdaAccumulator> parts(int[] cuts) {
        List<EdaAccumulator> out = new ArrayList<>();
        for (int i = 0; i + 1 < cuts.length; i++) {
            out.add(accumulate(cuts[i], cuts[i + 1]));
        }
        return out;
    }

    private static EdaAccumulator accumulate(int from, int to) {
        EdaAccumulator acc = new EdaAccumulator(CategoryRules.defaults());
        items.subList(from, to).forEach(acc);
        return acc;
    }

    private static JsonNode tree(EdaAccumulator acc) {
        return Json.mapper().valueToTree(TransactionEda.summarise(file.getFileName().toString(), table, acc,
                TransactionEda.DEFAULT_SEED, Progress.NONE));
    }

    private static EdaAccumulator roundTrip(EdaAccumulator acc) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(acc);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (EdaAccumulator) in.readObject();
        }
    }

    /**
     * Invoices of 1-6 lines over 2010-2011, most written together; some come back later (a second part of the
     * same invoice on another day, in another country), some have no number, some lines no country; products
     * repeat within an invoice; a few lines are cancelled or have no customer (cleaning removes them).
     */
    private static String log(Random rnd, int invoices) {
        String[] products = {"A|WHITE CANDLE", "B|CHRISTMAS MUG", "C|PAPER BAG", "D|MYSTERY THING", "E|RED TEA CUP",
                "F|GARDEN LANTERN", "G|CAKE TIN", "H|BIRTHDAY CARD"};
        String[] countries = {"United Kingdom", "France", "Germany", "", "Spain"};
        StringBuilder sb = new StringBuilder("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n");
        List<String[]> reopened = new ArrayList<>();
        for (int inv = 0; inv < invoices; inv++) {
            String invoice = rnd.nextInt(25) == 0 ? "" : (rnd.nextInt(40) == 0 ? "C" : "") + (50_000 + inv);
            String customer = rnd.nextInt(60) == 0 ? "" : String.valueOf(12_000 + rnd.nextInt(120));
            String when = String.format(Locale.ROOT, "%d-%02d-%02d %02d:%02d:00", 2010 + inv % 2,
                    1 + rnd.nextInt(12), 1 + rnd.nextInt(28), 7 + rnd.nextInt(12), rnd.nextInt(60));
            String country = countries[rnd.nextInt(countries.length)];
            int lines = 1 + rnd.nextInt(6);
            for (int l = 0; l < lines; l++) {
                String[] p = products[rnd.nextInt(products.length)].split("\\|");
                line(sb, invoice, p, 1 + rnd.nextInt(12), when, 0.5 + rnd.nextInt(40) / 4.0, customer, country);
            }
            if (!invoice.isEmpty() && rnd.nextInt(15) == 0) {
                reopened.add(new String[] {invoice, customer});
            }
            if (!reopened.isEmpty() && rnd.nextInt(10) == 0) {
                String[] back = reopened.remove(0);
                String later = String.format(Locale.ROOT, "2011-%02d-%02d 10:00:00", 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
                String[] p = products[rnd.nextInt(products.length)].split("\\|");
                line(sb, back[0], p, 2, later, 1.25, back[1], countries[rnd.nextInt(countries.length)]);
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String invoice, String[] product, int qty, String when, double price,
                             String customer, String country) {
        sb.append(invoice).append(',').append(product[0]).append(',').append(product[1]).append(',').append(qty)
                .append(',').append(when).append(',').append(price).append(',').append(customer).append(',')
                .append(country).append('\n');
    }
}
