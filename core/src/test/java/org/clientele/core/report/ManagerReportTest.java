package org.clientele.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.data.ColumnType;
import org.clientele.core.data.Table;
import org.clientele.core.io.Json;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report of a small customer table with three well-separated groups of 30. */
class ManagerReportTest {

    static final Instant WHEN = Instant.parse("2026-03-01T10:15:30.123Z");
    static final String ODD_NAME = "Big <&> \"small\"";

    @TempDir
    static Path dir;
    static ManagerReport report;
    static ReportWriter.Written written;
    static String html;

    /** Recent frequent big spenders, middling regulars and long-gone one-timers, 30 each, plus a text column. */
    static Table table() {
        Random random = new Random(7);
        int n = 90;
        double[] recency = new double[n];
        double[] frequency = new double[n];
        double[] monetary = new double[n];
        String[] ids = new String[n];
        String[] country = new String[n];
        double[][] centres = {{5, 40, 5000}, {60, 8, 600}, {300, 1, 40}};
        for (int i = 0; i < n; i++) {
            double[] c = centres[i / 30];
            ids[i] = "c" + i;
            recency[i] = Math.max(1, Math.round(c[0] * (1 + 0.15 * random.nextGaussian())));
            frequency[i] = Math.max(1, Math.round(c[1] * (1 + 0.15 * random.nextGaussian())));
            monetary[i] = c[2] * (1 + 0.15 * random.nextGaussian());
            country[i] = i % 2 == 0 ? "UK" : "FR";
        }
        return Table.of(List.of("customer_id", "recency_days", "frequency", "monetary", "country"),
                List.of(ColumnType.IDENTIFIER, ColumnType.INTEGER, ColumnType.INTEGER, ColumnType.DECIMAL,
                        ColumnType.CATEGORICAL),
                Arrays.asList(null, recency, frequency, monetary, null),
                Arrays.asList(ids, null, null, null, country), "customer_id");
    }

    @BeforeAll
    static void writeReport() throws Exception {
        report = ManagerReport.of(Path.of("customers.csv"), table(), 42, Progress.NONE).withSegmentName(0, ODD_NAME);
        written = ReportWriter.write(report, dir, false, "1.2.3", WHEN);
        html = Files.readString(written.html(), StandardCharsets.UTF_8);
    }

    @Test
    void findsTheThreeGroupsBySilhouetteOnRecencyFrequencyAndSpend() {
        var result = report.segmentation().result();
        assertEquals(3, result.k());
        assertEquals("silhouette", result.kChosenBy());
        assertEquals(List.of("recency_days", "frequency", "monetary"), result.features());
        for (int size : result.sizes()) {
            assertEquals(30, size);
        }
    }

    @Test
    void summaryJsonHasTheContractsFigures() throws Exception {
        JsonNode s = Json.mapper().readTree(written.summary().toFile());
        assertEquals("customers.csv", s.get("file").asText());
        assertEquals("customers", s.get("kind").asText());
        assertEquals(90, s.get("customers").asInt());
        assertEquals(42, s.get("seed").asLong());
        assertEquals("2026-03-01T10:15:30Z", s.get("generatedAt").asText());
        assertEquals("1.2.3", s.get("version").asText());
        assertTrue(s.get("eda").isNull(), "no EDA for a customer table");
        JsonNode seg = s.get("segmentation");
        assertEquals("kmeans", seg.get("algorithm").asText());
        assertEquals(3, seg.get("k").asInt());
        assertEquals("silhouette", seg.get("kChosenBy").asText());
        assertTrue(seg.get("silhouette").asDouble() > 0.5, seg.toString());

        JsonNode segments = s.get("segments");
        assertEquals(3, segments.size());
        double share = 0;
        double revenue = 0;
        for (JsonNode e : segments) {
            for (String key : List.of("id", "name", "size", "share", "revenueShare", "description", "action", "listFile")) {
                assertTrue(e.hasNonNull(key), key + " in " + e);
            }
            assertEquals(30, e.get("size").asInt());
            share += e.get("share").asDouble();
            revenue += e.get("revenueShare").asDouble();
            Path list = dir.resolve(e.get("listFile").asText());
            assertTrue(e.get("listFile").asText().startsWith("lists/"), e.toString());
            assertEquals(31, Files.readAllLines(list).size(), "header and one line per customer of " + list);
        }
        assertEquals(1, share, 1e-9);
        assertEquals(1, revenue, 1e-9);
        assertEquals(ODD_NAME, segments.get(0).get("name").asText());
        // The richest group's revenue share dwarfs its customer share.
        double top = 0;
        for (JsonNode e : segments) {
            top = Math.max(top, e.get("revenueShare").asDouble());
        }
        assertTrue(top > 0.8, "top revenue share " + top);
    }

    @Test
    void htmlIsOneSelfContainedPageNamingEverySegmentAndAction() {
        assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
        assertTrue(html.stripTrailing().endsWith("</html>"));
        assertFalse(html.contains("http://"), "no outside address");
        assertFalse(html.contains("https://"), "no outside address");
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.contains("<link"), "no linked stylesheets or fonts");
        assertFalse(html.contains("<img"), "no images");
        assertEquals(2, count(html, "<svg "), "the shares chart and the silhouette chart");
        for (var e : report.segmentation().segments()) {
            assertTrue(html.contains(Html.esc(e.name())), e.name());
            assertTrue(html.contains(Html.esc(e.action())), e.action());
        }
        assertTrue(html.contains("<a href=\"lists/"), "links to the lists");
        assertTrue(html.contains("seed 42"));
        assertTrue(html.contains("Clientele 1.2.3"));
    }

    @Test
    void escapesTextFromTheData() {
        assertTrue(html.contains("Big &lt;&amp;&gt; &quot;small&quot;"));
        assertFalse(html.contains(ODD_NAME), "the raw name never reaches the page");
        assertFalse(html.contains("<&>"));
    }

    @Test
    void refusesToOverwriteWithoutForceAndWritesNothing() throws Exception {
        Path other = dir.resolve("again");
        Files.createDirectories(other);
        Files.writeString(other.resolve(ReportWriter.HTML), "mine");
        var e = assertThrows(UncheckedIOException.class, () -> ReportWriter.write(report, other, false, "1", WHEN));
        assertInstanceOf(FileAlreadyExistsException.class, e.getCause());
        assertEquals("mine", Files.readString(other.resolve(ReportWriter.HTML)));
        assertFalse(Files.exists(other.resolve(ReportWriter.SUMMARY)));
        assertFalse(Files.exists(other.resolve(ReportWriter.LISTS)));

        ReportWriter.Written again = ReportWriter.write(report, other, true, "1", WHEN);
        assertTrue(Files.readString(again.html()).startsWith("<!DOCTYPE html>"));
        assertEquals(3, again.lists().size());
    }

    @Test
    void segmentsOnEveryNumericColumnWithoutRecencyFrequencyAndSpend() {
        Table t = Table.of(List.of("id", "a", "b"), List.of(ColumnType.IDENTIFIER, ColumnType.DECIMAL, ColumnType.DECIMAL),
                Arrays.asList(null, new double[] {1, 2, 3}, new double[] {4, 5, 6}),
                Arrays.asList(new String[] {"x", "y", "z"}, null, null), "id");
        assertEquals(List.of("a", "b"), ManagerReport.features(t));
    }

    @Test
    void aColumnMostCustomersHaveNoValueInIsNotSegmentedOn() {
        double nan = Double.NaN;
        Table t = Table.of(List.of("id", "a", "survey"), List.of(ColumnType.IDENTIFIER, ColumnType.DECIMAL,
                        ColumnType.DECIMAL), Arrays.asList(null, new double[] {1, 2, 3, 4}, new double[] {7, nan, nan, nan}),
                Arrays.asList(new String[] {"w", "x", "y", "z"}, null, null), "id");
        assertEquals(List.of("a"), ManagerReport.features(t));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
