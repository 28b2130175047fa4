package org.clientele.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.io.Json;
import org.clientele.sample.SampleDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code generate} is reproducible and its output flows through {@code rfm}; {@code segment} honours the contract. */
class GenerateAndSegmentCliTest {

    @TempDir
    Path dir;

    @Test
    void sameSeedGivesTheSameBytesAndTheLogAggregates() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        assertEquals(0, Cli.run("generate", "transactions", "--rows", "5000", "--seed", "7", "--out", a.toString()).exitCode());
        assertEquals(0, Cli.run("generate", "transactions", "--rows", "5000", "--seed", "7", "--out", b.toString()).exitCode());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));

        CliRun rfm = Cli.run("rfm", a.toString(), "--out", dir.resolve("c.csv").toString());
        assertEquals(0, rfm.exitCode(), rfm.err());
        assertTrue(Files.readAllLines(dir.resolve("c.csv")).size() > 10);
    }

    @Test
    void unknownGeneratorIsAUsageError() {
        CliRun run = Cli.run("generate", "planets", "--rows", "5", "--out", dir.resolve("p.csv").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: "), run.err());
    }

    @Test
    void segmentWritesTheContractFilesForTheBundledSample() throws Exception {
        Path sample = SampleDatasets.extract(SampleDatasets.defaultDataset().name());
        Path out = dir.resolve("seg");
        CliRun run = Cli.run("segment", sample.toString(), "--out", out.toString(),
                "--features", "recency_days,frequency,monetary", "--k-max", "6", "--bootstrap", "3");
        assertEquals(0, run.exitCode(), run.err());

        JsonNode doc = Json.mapper().readTree(out.resolve("segments.json").toFile());
        for (String key : List.of("algorithm", "k", "kChosenBy", "features", "preprocessing", "sweep", "silhouette",
                "outliers", "segments")) {
            assertTrue(doc.has(key), "segments.json lacks " + key);
        }
        assertEquals("kmeans", doc.get("algorithm").asText());
        assertEquals("silhouette", doc.get("kChosenBy").asText());
        assertEquals(5, doc.get("sweep").size());
        int k = doc.get("k").asInt();
        double best = 0;
        for (JsonNode p : doc.get("sweep")) {
            best = Math.max(best, p.get("silhouette").asDouble());
            assertTrue(p.has("inertia") && p.has("daviesBouldin") && p.has("calinskiHarabasz"));
        }
        assertEquals(best, doc.get("silhouette").asDouble(), 1e-9, "k chosen by the best silhouette");
        assertEquals(k, doc.get("segments").size());
        int total = 0;
        for (JsonNode s : doc.get("segments")) {
            total += s.get("size").asInt();
            assertTrue(s.get("description").asText().contains("% of customers"));
            assertTrue(s.get("means").has("monetary"));
            assertTrue(!s.get("action").asText().isBlank());
        }
        assertEquals(1_082, total);

        List<String> rows = Files.readAllLines(out.resolve("assignments.csv"));
        assertEquals(1_082 + 1, rows.size());
        assertTrue(rows.get(0).startsWith("customer_id,segment,segment_name,confidence,pc1,pc2"), rows.get(0));
    }

    @Test
    void sameSeedGivesTheSameSegments() throws Exception {
        Path sample = SampleDatasets.extract("egov-behaviour");
        for (String name : List.of("s1", "s2")) {
            assertEquals(0, Cli.run("segment", sample.toString(), "--out", dir.resolve(name).toString(),
                    "--k-max", "6", "--bootstrap", "0", "--seed", "3").exitCode());
        }
        assertEquals(Files.readString(dir.resolve("s1/assignments.csv")), Files.readString(dir.resolve("s2/assignments.csv")));
    }
}
