package org.clientele.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.io.Json;
import org.clientele.sample.SampleDatasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code monitor} on the bundled sample's customers: a classifier trained on a random half, compared with
 * the other half (stable) and with that half's spend multiplied by five (retrain).
 */
class MonitorCommandTest {

    @TempDir
    static Path dir;
    static Path model;
    static Path otherHalf;
    static Path inflated;

    @BeforeAll
    static void trainOnHalfTheSample() throws Exception {
        Path sample = SampleDatasets.extract(SampleDatasets.defaultDataset().name());
        Path customers = dir.resolve("customers.csv");
        assertEquals(0, Cli.run("rfm", sample.toString(), "--out", customers.toString()).exitCode());
        List<String> lines = Files.readAllLines(customers);
        String header = lines.get(0);
        List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
        Collections.shuffle(rows, new Random(3));
        int half = rows.size() / 2;
        Path firstHalf = write("first.csv", header, rows.subList(0, half));
        otherHalf = write("second.csv", header, rows.subList(half, rows.size()));
        int monetary = List.of(header.split(",")).indexOf("monetary");
        List<String> richer = rows.subList(half, rows.size()).stream().map(row -> {
            String[] cells = row.split(",", -1);
            cells[monetary] = Double.toString(Double.parseDouble(cells[monetary]) * 5);
            return String.join(",", cells);
        }).toList();
        inflated = write("inflated.csv", header, richer);

        Path seg = dir.resolve("seg");
        CliRun segment = Cli.run("segment", firstHalf.toString(), "--out", seg.toString(), "--k", "3", "--bootstrap", "0",
                "--features", "recency_days,frequency,monetary");
        assertEquals(0, segment.exitCode(), segment.toString());
        model = dir.resolve("model");
        CliRun train = Cli.run("train", firstHalf.toString(), "--segments", seg.toString(), "--out", model.toString(),
                "--models", "majority,logistic");
        assertEquals(0, train.exitCode(), train.toString());
        assertTrue(Files.isRegularFile(model.resolve("reference.json")), "train records the reference");
    }

    private static Path write(String name, String header, List<String> rows) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(header);
        lines.addAll(rows);
        return Files.write(dir.resolve(name), lines);
    }

    @Test
    void theOtherHalfOfTheSameCustomersIsStable() throws Exception {
        Path out = dir.resolve("stable.json");
        CliRun run = Cli.run("monitor", model.toString(), otherHalf.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.toString());
        JsonNode report = Json.mapper().readTree(out.toFile());
        assertEquals("STABLE", report.get("verdict").asText(), report.get("summary").asText());
        for (JsonNode f : report.get("features")) {
            assertTrue(f.get("psi").asDouble() < 0.1, f.toString());
        }
        assertEquals(3, report.get("segments").size());
        assertTrue(run.out().contains("Stable: no feature moved"), run.out());
    }

    @Test
    void fiveTimesTheSpendCallsForRetraining() throws Exception {
        Path out = dir.resolve("moved.json");
        CliRun run = Cli.run("monitor", model.toString(), inflated.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.toString());
        JsonNode report = Json.mapper().readTree(out.toFile());
        assertEquals("RETRAIN", report.get("verdict").asText());
        JsonNode worst = report.get("features").get(0);
        assertEquals("monetary", worst.get("feature").asText(), "the most shifted feature comes first");
        assertTrue(worst.get("psi").asDouble() > 0.25, worst.toString());
        assertTrue(report.get("summary").asText().startsWith("Retrain: 1 of 3 features moved (monetary PSI"),
                report.get("summary").asText());
    }

    @Test
    void aModelSavedWithoutReferenceSaysToRetrain() throws Exception {
        Path old = dir.resolve("old-model");
        Files.createDirectories(old);
        for (String f : List.of("bundle.json", "models.json", "model.tribuo")) {
            if (Files.exists(model.resolve(f))) {
                Files.copy(model.resolve(f), old.resolve(f));
            }
        }
        CliRun run = Cli.run("monitor", old.toString(), otherHalf.toString(), "--out", dir.resolve("x.json").toString());
        assertEquals(3, run.exitCode(), run.toString());
        assertTrue(run.err().contains("reference.json") && run.err().contains("Train the model again"), run.err());
    }
}
