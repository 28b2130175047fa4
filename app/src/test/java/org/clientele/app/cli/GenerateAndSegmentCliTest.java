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
        // k is chosen in 3..6 from silhouette, elbow, gap and stability together, and explained in one sentence
        assertEquals(4, doc.get("sweep").size());
        assertEquals(3, doc.get("sweep").get(0).get("k").asInt());
        int k = doc.get("k").asInt();
        assertTrue(doc.get("kChoice").get("sentence").asText().startsWith("k = " + k + " of 3–6: "),
                doc.get("kChoice").toString());
        assertTrue(run.out().contains(doc.get("kChoice").get("sentence").asText()), run.out());
        assertTrue(k >= 3, "two segments are no longer the automatic answer");
        for (JsonNode p : doc.get("sweep")) {
            assertTrue(p.has("inertia") && p.has("daviesBouldin") && p.has("calinskiHarabasz"));
            assertTrue(p.get("gap").isNumber() && p.get("gapSe").isNumber() && p.get("stability").isNumber(), p.toString());
        }
        for (JsonNode s : doc.get("segments")) {
            double stability = s.get("stability").asDouble();
            assertTrue(stability > 0 && stability <= 1, "per-segment bootstrap Jaccard: " + s);
            assertTrue(!s.has("agreement"), "agreement is for the consensus only");
        }
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
    void kMinTwoStillOffersTwoSegmentsAndConsensusReportsAgreement() throws Exception {
        Path sample = SampleDatasets.extract(SampleDatasets.defaultDataset().name());
        Path out = dir.resolve("two");
        CliRun run = Cli.run("segment", sample.toString(), "--out", out.toString(), "--algorithm", "consensus",
                "--features", "recency_days,frequency,monetary", "--k-min", "2", "--k-max", "4", "--bootstrap", "2",
                "--restarts", "2");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = Json.mapper().readTree(out.resolve("segments.json").toFile());
        assertEquals("consensus", doc.get("algorithm").asText());
        assertEquals(2, doc.get("sweep").get(0).get("k").asInt());
        assertEquals(List.of("kmeans", "gmm", "ward"),
                Json.mapper().convertValue(doc.get("consensus").get("algorithms"), List.class));
        assertEquals(3, doc.get("consensus").get("pairwiseAri").size());
        for (JsonNode s : doc.get("segments")) {
            double agreement = s.get("agreement").asDouble();
            assertTrue(agreement > 0 && agreement <= 1, s.toString());
            assertEquals(3, s.get("agreementByAlgorithm").size());
        }
        assertTrue(run.out().contains("the algorithms agree"), run.out());
    }

    @Test
    void badKSettingsAreUsageErrors() throws Exception {
        Path sample = SampleDatasets.extract(SampleDatasets.defaultDataset().name());
        for (List<String> bad : List.of(List.of("--k", "many"), List.of("--k-min", "1"), List.of("--k-min", "6", "--k-max", "4"),
                List.of("--restarts", "0"))) {
            List<String> args = new java.util.ArrayList<>(List.of("segment", sample.toString(), "--out",
                    dir.resolve("bad").toString()));
            args.addAll(bad);
            CliRun run = Cli.run(args.toArray(new String[0]));
            assertEquals(2, run.exitCode(), bad + ": " + run.err());
            assertTrue(run.err().startsWith("error: "), run.err());
        }
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
