package org.clientele.app.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.clientele.sample.SampleDatasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Customer ids and text that a spreadsheet would run as formulas reach every CSV output neutralised
 * (a leading {@code '}, as OWASP advises), while plain numbers stay as they are, and the ids read back
 * as they were when a later command takes the output as its input. (Ids starting with a tab or a
 * carriage return cannot arrive here: the readers trim values; {@code CsvOutputTest} covers those cells.)
 */
class FormulaCellsCliTest {

    /** Hostile id → what a CSV output must hold for it. */
    static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("=HYPERLINK(\"http://evil.example\",\"x\")", "'=HYPERLINK(\"http://evil.example\",\"x\")");
        EXPECTED.put("@SUM(A1)", "'@SUM(A1)");
        EXPECTED.put("+99", "'+99");
        EXPECTED.put("-cmd", "'-cmd");
        EXPECTED.put("-12.5", "-12.5");
        EXPECTED.put("+44 20 7946", "'+44 20 7946");
    }

    @TempDir
    static Path dir;
    static Path customers;
    static Path transactions;

    @BeforeAll
    static void writeInputs() throws IOException {
        List<String> ids = Stream.concat(EXPECTED.keySet().stream(),
                Stream.iterate(1, i -> i + 1).limit(52).map(i -> "C" + i)).toList();
        Random random = new Random(7);
        customers = dir.resolve("customers.csv");
        try (Writer w = Files.newBufferedWriter(customers, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
                     .setHeader("customer_id", "recency_days", "frequency", "monetary", "note").get())) {
            for (int i = 0; i < ids.size(); i++) {
                int group = i % 3;
                csv.printRecord(ids.get(i), 10 + group * 120 + random.nextInt(30), 1 + (2 - group) * 6 + random.nextInt(3),
                        100 + (2 - group) * 900 + random.nextInt(100), i == 0 ? "=1+2" : "ok");
            }
        }
        // the bundled Online Retail sample with six customers renamed to hostile ids: real purchase histories,
        // so clv fits as it does on real data
        transactions = dir.resolve("transactions.csv");
        Path sample = SampleDatasets.extract(SampleDatasets.defaultDataset().name(), dir.resolve("sample"));
        List<String> hostile = List.copyOf(EXPECTED.keySet());
        Map<String, String> renamed = new HashMap<>();
        try (Reader in = new InputStreamReader(new GZIPInputStream(Files.newInputStream(sample)), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
             Writer w = Files.newBufferedWriter(transactions, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
                     .setHeader(parser.getHeaderNames().toArray(String[]::new)).get())) {
            for (CSVRecord r : parser) {
                List<String> row = new ArrayList<>(r.toList());
                int c = parser.getHeaderNames().indexOf("CustomerID");
                String id = row.get(c);
                if (!id.isEmpty() && (renamed.containsKey(id) || renamed.size() < hostile.size())) {
                    row.set(c, renamed.computeIfAbsent(id, k -> hostile.get(renamed.size())));
                    if (row.get(c).equals(hostile.get(1))) {
                        row.set(parser.getHeaderNames().indexOf("Country"), "@cmd");
                    }
                }
                csv.printRecord(row);
            }
        }
    }

    @Test
    void rfmNeutralisesIdsAndText() throws IOException {
        Path out = dir.resolve("rfm.csv");
        CliRun run = Cli.run("rfm", transactions.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run::toString);
        Map<String, CSVRecord> rows = byFirstColumn(out);
        assertAllIds(rows);
        assertEquals("'@cmd", rows.get("'@SUM(A1)").get("main_country"));

        Path clv = dir.resolve("clv");
        CliRun clvRun = Cli.run("clv", transactions.toString(), "--out", clv.toString(), "--holdout-models", "none");
        assertEquals(0, clvRun.exitCode(), clvRun::toString);
        assertAllIds(byFirstColumn(clv.resolve("customers_clv.csv")));
        assertNoGuardInJson(clv);
    }

    @Test
    void segmentExportReportAndPredictNeutraliseIds() throws IOException {
        Path seg = dir.resolve("seg");
        CliRun segment = Cli.run("segment", customers.toString(), "--out", seg.toString(), "--k", "3",
                "--bootstrap", "0", "--features", "recency_days,frequency,monetary");
        assertEquals(0, segment.exitCode(), segment::toString);
        assertAllIds(byFirstColumn(seg.resolve("assignments.csv")));

        // export reads assignments.csv back: the ids must join with the customer table's original ids
        Path list = dir.resolve("list.csv");
        CliRun export = Cli.run("export", customers.toString(), "--segments", seg.toString(), "--out", list.toString(),
                "--columns", "customer_id,note,monetary");
        assertEquals(0, export.exitCode(), export::toString);
        Map<String, CSVRecord> exported = byFirstColumn(list);
        assertAllIds(exported);
        assertEquals("'=1+2", exported.get(EXPECTED.values().iterator().next()).get("note"));

        Path report = dir.resolve("report");
        CliRun reportRun = Cli.run("report", customers.toString(), "--out", report.toString());
        assertEquals(0, reportRun.exitCode(), reportRun::toString);
        Map<String, CSVRecord> listed = new HashMap<>();
        try (Stream<Path> files = Files.list(report.resolve("lists"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                listed.putAll(byFirstColumn(f));
            }
        }
        assertAllIds(listed);
        assertNoGuardInJson(report);
        assertNoGuardInJson(seg);

        Path model = dir.resolve("model");
        CliRun train = Cli.run("train", customers.toString(), "--segments", seg.toString(), "--out", model.toString(),
                "--models", "majority,logistic", "--folds", "3");
        assertEquals(0, train.exitCode(), train::toString);
        Path predictions = dir.resolve("predictions.csv");
        CliRun predict = Cli.run("predict", model.toString(), customers.toString(), "--out", predictions.toString());
        assertEquals(0, predict.exitCode(), predict::toString);
        assertAllIds(byFirstColumn(predictions));
    }

    /** JSON is not opened by spreadsheets: ids and text keep their original value there. */
    private static void assertNoGuardInJson(Path outputDir) throws IOException {
        try (Stream<Path> files = Files.walk(outputDir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                String json = Files.readString(f);
                for (String guarded : EXPECTED.values()) {
                    if (!guarded.equals("-12.5")) {
                        assertFalse(json.contains(guarded.replace("\"", "\\\"")), f + " holds " + guarded);
                    }
                }
            }
        }
    }

    private static void assertAllIds(Map<String, CSVRecord> rows) {
        for (String expected : EXPECTED.values()) {
            assertTrue(rows.containsKey(expected), () -> "no row for " + expected.replace("\t", "\\t")
                    .replace("\r", "\\r") + " in " + rows.keySet());
        }
        for (String cell : rows.keySet()) {
            assertFalse(cell.startsWith("=") || cell.startsWith("@") || cell.startsWith("+") || cell.startsWith("\t")
                    || cell.startsWith("\r") || cell.startsWith("-") && !cell.equals("-12.5"), cell);
        }
    }

    /** The raw cells, as a spreadsheet receives them. */
    private static Map<String, CSVRecord> byFirstColumn(Path file) throws IOException {
        Map<String, CSVRecord> rows = new HashMap<>();
        for (CSVRecord r : CliRun.csv(file)) {
            rows.put(r.get(0), r);
        }
        return rows;
    }
}
