package org.clientele.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.io.Json;
import org.clientele.sample.SampleDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code profile} and {@code rfm} on real files, checked against the figures published for them. */
class RfmAndProfileCliTest {

    @TempDir
    Path dir;

    @Test
    void rfmOnTheFullOnlineRetailFileMatchesThePublishedFigures() throws Exception {
        Path file = Cli.shared("online_retail.csv.gz");
        CliRun run = Cli.run("rfm", file.toString(), "--out", dir.resolve("customers.csv").toString(),
                "--report", dir.resolve("cleaning.json").toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = Json.mapper().readTree(dir.resolve("cleaning.json").toFile());
        assertEquals(541_909, report.get("rowsRead").asLong());
        assertEquals(397_884, report.get("rowsKept").asLong());
        assertEquals(4_338, report.get("customers").asInt());
        assertEquals(8_911_407.90, report.get("revenue").asDouble(), 0.005);
        assertEquals(135_080, report.get("removed").get("missingCustomer").asLong());
        assertEquals("2011-12-10", report.get("asOf").asText());
        List<String> lines = Files.readAllLines(dir.resolve("customers.csv"));
        assertEquals(4_338 + 1, lines.size());
        assertTrue(lines.get(0).startsWith("customer_id,recency_days,frequency,monetary,first_purchase,last_purchase"));
        assertTrue(run.out().contains("4,338 customers"), run.out());
    }

    @Test
    void rfmOnTheBundledSampleMatchesItsProvenance() throws Exception {
        Path sample = SampleDatasets.extract(SampleDatasets.defaultDataset().name());
        CliRun run = Cli.run("rfm", sample.toString(), "--out", dir.resolve("c.csv").toString(),
                "--report", dir.resolve("r.json").toString(), "--as-of", "2011-12-10");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = Json.mapper().readTree(dir.resolve("r.json").toFile());
        assertEquals(98_927, report.get("rowsKept").asLong());
        assertEquals(1_082, report.get("customers").asInt());
        assertEquals(2_268_197.61, report.get("revenue").asDouble(), 0.005);
    }

    @Test
    void profileWritesTheContractKeys() throws Exception {
        Path file = Cli.shared("Customer_Purchasing_Behaviors.csv");
        CliRun run = Cli.run("profile", file.toString(), "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode profile = Json.mapper().readTree(dir.resolve("profile.json").toFile());
        assertEquals(238, profile.get("rows").asInt());
        assertEquals("customers", profile.get("kind").asText());
        JsonNode first = profile.get("columns").get(0);
        assertEquals("user_id", first.get("name").asText());
        assertEquals("identifier", first.get("type").asText());
        JsonNode age = profile.get("columns").get(1);
        for (String key : List.of("name", "type", "role", "missing", "distinct", "mean", "std", "min", "max")) {
            assertTrue(age.has(key), "profile column lacks " + key);
        }
        assertEquals(22, age.get("min").asDouble());
        assertTrue(profile.get("warnings").isArray());
    }

    @Test
    void profilePrintsAReadableTableForTheBundledTransactions() {
        Path sample = SampleDatasets.extract(SampleDatasets.defaultDataset().name());
        CliRun run = Cli.run("profile", sample.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("transactions, 137,809 rows, 8 columns"), run.out());
        assertTrue(run.out().contains("CustomerID"));
    }
}
