package org.clientele.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVRecord;
import org.clientele.core.io.Json;
import org.clientele.sample.SampleDatasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code export} on a segment run of the bundled sample: the chosen segments' customers, ordered, with their action. */
class ExportCommandTest {

    @TempDir
    static Path dir;
    static Path sample;
    static Path run;
    static JsonNode segments;

    @BeforeAll
    static void segmentTheSample() throws Exception {
        sample = SampleDatasets.extract(SampleDatasets.defaultDataset().name());
        run = dir.resolve("seg");
        CliRun segment = Cli.run("segment", sample.toString(), "--out", run.toString(), "--k", "4", "--bootstrap", "0");
        assertEquals(0, segment.exitCode(), segment.toString());
        segments = Json.mapper().readTree(run.resolve("segments.json").toFile()).get("segments");
        assertEquals(4, segments.size());
    }

    @Test
    void exportsTwoSegmentsWithHeaderOrderAndActions() throws Exception {
        JsonNode first = segments.get(0);
        JsonNode second = segments.get(2);
        Path out = dir.resolve("list.csv");
        CliRun export = Cli.run("export", sample.toString(), "--segments", run.toString(), "--out", out.toString(),
                "--segment", first.get("name").asText(), "--segment", second.get("id").asText(), "--force");
        assertEquals(0, export.exitCode(), export.toString());

        assertEquals(List.of("customer_id", "segment", "segment_name", "confidence", "rfm_segment", "r_score", "f_score",
                "m_score", "action", "recency_days", "frequency", "monetary"), CliRun.header(out));
        List<CSVRecord> rows = CliRun.csv(out);
        assertEquals(first.get("size").asInt() + second.get("size").asInt(), rows.size());
        assertTrue(export.out().startsWith(String.format("%,d customers, revenue ", rows.size())), export.out());

        Map<String, String> assigned = new HashMap<>();
        for (CSVRecord a : CliRun.csv(run.resolve("assignments.csv"))) {
            assigned.put(a.get("customer_id"), a.get("segment"));
        }
        List<String> seen = new ArrayList<>();
        double lastSpend = Double.POSITIVE_INFINITY;
        String lastSegment = null;
        for (CSVRecord r : rows) {
            String segment = r.get("segment");
            assertEquals(assigned.get(r.get("customer_id")), segment, "the run's segment");
            JsonNode entry = segment.equals(first.get("id").asText()) ? first : second;
            assertEquals(entry.get("name").asText(), r.get("segment_name"));
            assertEquals(entry.get("action").asText(), r.get("action"));
            if (!segment.equals(lastSegment)) {
                assertFalse(seen.contains(segment), "segments come in one block each");
                seen.add(segment);
                lastSpend = Double.POSITIVE_INFINITY;
            }
            double spend = Double.parseDouble(r.get("monetary"));
            assertTrue(spend <= lastSpend, "spend from high to low within a segment");
            lastSpend = spend;
            lastSegment = segment;
        }
        assertEquals(List.of(first.get("id").asText(), second.get("id").asText()), seen);
    }

    @Test
    void filtersSplitsPerSegmentAndRefusesToOverwrite() throws Exception {
        Path out = dir.resolve("champions.csv");
        Path split = dir.resolve("split");
        CliRun export = Cli.run("export", sample.toString(), "--segments", run.toString(), "--out", out.toString(),
                "--rfm-segment", "champions", "--min", "monetary=500", "--max", "recency_days=60",
                "--columns", "main_country", "--per-segment", split.toString());
        assertEquals(0, export.exitCode(), export.toString());
        List<CSVRecord> rows = CliRun.csv(out);
        assertFalse(rows.isEmpty());
        for (CSVRecord r : rows) {
            assertEquals("Champions", r.get("rfm_segment"));
            assertTrue(Double.parseDouble(r.get("monetary")) >= 500);
            assertTrue(Double.parseDouble(r.get("recency_days")) <= 60);
            assertFalse(r.get("main_country").isBlank());
        }
        Set<String> names = rows.stream().map(r -> r.get("segment_name")).collect(Collectors.toSet());
        try (var files = Files.list(split)) {
            assertEquals(names.size(), files.count());
        }
        int total = 0;
        try (var files = Files.list(split)) {
            for (Path f : files.toList()) {
                assertTrue(f.getFileName().toString().matches("[a-z0-9-]+\\.csv"), f.toString());
                total += CliRun.csv(f).size();
            }
        }
        assertEquals(rows.size(), total);

        CliRun again = Cli.run("export", sample.toString(), "--segments", run.toString(), "--out", out.toString());
        assertEquals(2, again.exitCode(), again.toString());
        assertTrue(again.err().contains("already exists"), again.err());
    }

    @Test
    void unknownSegmentOrColumnIsAUsageErrorNamingWhatExists() {
        Path out = dir.resolve("nope.csv");
        CliRun segment = Cli.run("export", sample.toString(), "--segments", run.toString(), "--out", out.toString(),
                "--segment", "Martians");
        assertEquals(2, segment.exitCode(), segment.toString());
        assertTrue(segment.err().contains(segments.get(0).get("name").asText()), segment.err());

        CliRun column = Cli.run("export", sample.toString(), "--segments", run.toString(), "--out", out.toString(),
                "--min", "age=30");
        assertEquals(2, column.exitCode(), column.toString());
        assertTrue(column.err().contains("no column 'age'"), column.err());
        assertFalse(Files.exists(out));

        CliRun missing = Cli.run("export", sample.toString(), "--segments", dir.resolve("none").toString(),
                "--out", out.toString());
        assertEquals(3, missing.exitCode(), missing.toString());
    }
}
