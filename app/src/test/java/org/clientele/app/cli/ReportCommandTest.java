package org.clientele.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.io.Json;
import org.clientele.sample.SampleDatasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code report} on the bundled sample transaction log: the page, the summary and one list per segment. */
class ReportCommandTest {

    @TempDir
    static Path dir;
    static Path out;
    static Path sample;
    static CliRun run;

    @BeforeAll
    static void reportOnTheSample() throws Exception {
        sample = SampleDatasets.extract(SampleDatasets.defaultDataset().name());
        out = dir.resolve("report");
        run = Cli.run("report", sample.toString(), "--out", out.toString());
    }

    @Test
    void aTransactionLogGetsTheLifetimeValueSectionWithItsCharts() throws Exception {
        assertEquals(0, run.exitCode(), run.toString());
        String page = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        int section = page.indexOf("<h2 id=\"lifetime-value\">Lifetime value</h2>");
        assertTrue(section > 0, "lifetime value section");
        String clv = page.substring(section, page.indexOf("<h2", section + 10));
        // The sample's last 13 weeks are held out: the split.
        assertTrue(clv.contains("purchases up to 2011-09-09 only"), clv);
        assertTrue(clv.contains("In the holdout (2011-09-10 to 2011-12-09)"), clv);
        assertEquals(4, clv.split("<svg ", -1).length - 1, "tracking (2), by frequency, P(alive)");
        assertTrue(clv.contains("Normalized Gini"));
    }

    @Test
    void writesThePageTheSummaryAndTheLists() throws Exception {
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("", run.err());
        Path html = out.resolve("report.html");
        assertTrue(run.out().contains(html.toString()), run.out());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertFalse(page.contains("http://") || page.contains("https://"), "self-contained");

        JsonNode s = Json.mapper().readTree(out.resolve("summary.json").toFile());
        for (String key : List.of("file", "kind", "customers", "seed", "segmentation", "segments", "eda", "generatedAt")) {
            assertTrue(s.has(key), key + " in " + s);
        }
        assertEquals("transactions", s.get("kind").asText());
        assertEquals(42, s.get("seed").asInt());
        JsonNode eda = s.get("eda");
        for (String key : List.of("firstPurchase", "lastPurchase", "revenue", "orders", "customers", "gini",
                "top20PercentShare", "topCountry")) {
            assertTrue(eda.hasNonNull(key), key + " in " + eda);
        }
        int customers = s.get("customers").asInt();
        assertEquals(customers, eda.get("customers").asInt());

        int listed = 0;
        for (JsonNode seg : s.get("segments")) {
            String name = seg.get("name").asText();
            assertTrue(run.out().contains(name), name + " printed");
            Path list = out.resolve(seg.get("listFile").asText());
            List<org.apache.commons.csv.CSVRecord> rows = CliRun.csv(list);
            assertEquals(seg.get("size").asInt(), rows.size(), list.toString());
            rows.forEach(r -> assertEquals(name, r.get("segment_name")));
            listed += rows.size();
        }
        try (Stream<Path> files = Files.list(out.resolve("lists"))) {
            assertEquals(s.get("segments").size(), files.count(), "one list per segment, nothing else");
        }
        assertEquals(customers, listed, "every customer is on exactly one list");
    }

    @Test
    void refusesToOverwriteAnExistingReportWithoutForce() throws Exception {
        Path other = dir.resolve("taken");
        Files.createDirectories(other);
        Files.writeString(other.resolve("report.html"), "mine");
        CliRun again = Cli.run("report", sample.toString(), "--out", other.toString());
        assertEquals(2, again.exitCode(), again.toString());
        assertTrue(again.err().startsWith("error: "), again.err());
        assertEquals("mine", Files.readString(other.resolve("report.html")));
        assertFalse(Files.exists(other.resolve("summary.json")));
    }
}
