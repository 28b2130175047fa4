package org.clientele.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVRecord;
import org.clientele.core.io.Json;
import org.clientele.sample.SampleDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code roi} after a segment run: figures from the data where it has them, settings elsewhere, usage errors. */
class RoiCommandTest {

    @TempDir
    Path dir;

    @Test
    void orderValuesOfATransactionLogComeFromItsCustomerTable() throws Exception {
        Path sample = SampleDatasets.extract(SampleDatasets.defaultDataset().name());
        Path seg = dir.resolve("seg");
        CliRun segment = Cli.run("segment", sample.toString(), "--out", seg.toString(), "--k", "3", "--bootstrap", "0",
                "--features", "recency_days,frequency,monetary");
        assertEquals(0, segment.exitCode(), segment.toString());
        Path customers = dir.resolve("customers.csv");
        assertEquals(0, Cli.run("rfm", sample.toString(), "--out", customers.toString()).exitCode());

        CliRun roi = Cli.run("roi", seg.toString(), "--data", sample.toString(), "--cost", "1.5", "--margin", "0.25",
                "--response-rate", "0.05", "--budget", "400");
        assertEquals(0, roi.exitCode(), roi.toString());
        JsonNode result = Json.mapper().readTree(seg.resolve("roi.json").toFile()).get("result");
        assertEquals(3, result.get("segments").size());

        // Independently: spend over orders of each segment's customers, from the rfm table and the assignments.
        Map<String, Integer> segmentOf = new HashMap<>();
        for (CSVRecord a : CliRun.csv(seg.resolve("assignments.csv"))) {
            segmentOf.put(a.get("customer_id"), Integer.parseInt(a.get("segment")));
        }
        double[] spend = new double[3];
        double[] orders = new double[3];
        for (CSVRecord c : CliRun.csv(customers)) {
            int s = segmentOf.get(c.get("customer_id"));
            spend[s] += Double.parseDouble(c.get("monetary"));
            orders[s] += Double.parseDouble(c.get("frequency"));
        }
        for (JsonNode s : result.get("segments")) {
            int id = s.get("id").asInt();
            assertEquals(spend[id] / orders[id], s.get("averageOrderValue").asDouble(), 1e-6);
            assertEquals("data", s.get("averageOrderValueSource").asText());
            assertEquals("setting", s.get("responseRateSource").asText(), "the log has no response column");
            assertEquals(s.get("contacted").asInt() * 1.5, s.get("cost").asDouble(), 1e-9);
        }
        JsonNode plan = result.get("budgetPlan");
        assertTrue(plan.get("cost").asDouble() <= 400, plan.toString());
        assertTrue(roi.out().contains("Total (with fixed cost)"), roi.out());
    }

    @Test
    void aResponseColumnGivesEachSegmentItsObservedRate() throws Exception {
        Path table = dir.resolve("campaign.csv");
        StringBuilder csv = new StringBuilder("ID;Income;MntWines;Response\n");
        Random random = new Random(7);
        for (int i = 0; i < 60; i++) {
            boolean rich = i < 20;
            double income = rich ? 90_000 + random.nextGaussian() * 3_000 : 30_000 + random.nextGaussian() * 3_000;
            double wine = rich ? 900 + random.nextGaussian() * 50 : 50 + random.nextGaussian() * 10;
            int response = rich ? (i % 2) : (i % 10 == 0 ? 1 : 0);
            csv.append(1000 + i).append(';').append(Math.round(income)).append(';').append(Math.round(wine)).append(';')
                    .append(response).append('\n');
        }
        Files.writeString(table, csv);
        Path seg = dir.resolve("seg");
        assertEquals(0, Cli.run("segment", table.toString(), "--out", seg.toString(), "--k", "2", "--bootstrap", "0",
                "--features", "Income,MntWines").exitCode());
        Path out = dir.resolve("roi.json");
        CliRun roi = Cli.run("roi", seg.toString(), "--data", table.toString(), "--cost", "2", "--aov", "100",
                "--out", out.toString());
        assertEquals(0, roi.exitCode(), roi.toString());
        JsonNode doc = Json.mapper().readTree(out.toFile());
        assertEquals("Response", doc.get("responseColumn").asText());
        for (JsonNode s : doc.get("result").get("segments")) {
            boolean rich = s.get("contacted").asInt() == 20;
            assertEquals(rich ? 0.5 : 0.1, s.get("responseRate").asDouble(), 1e-12, s.toString());
            assertEquals("data", s.get("responseRateSource").asText());
        }
    }

    @Test
    void missingOrderValueBadSharesAndExistingOutputAreUsageErrors() throws Exception {
        Path sample = SampleDatasets.extract(SampleDatasets.defaultDataset().name());
        Path seg = dir.resolve("seg");
        assertEquals(0, Cli.run("segment", sample.toString(), "--out", seg.toString(), "--k", "2", "--bootstrap", "0",
                "--features", "recency_days,frequency,monetary").exitCode());

        CliRun noAov = Cli.run("roi", seg.toString(), "--cost", "1");
        assertEquals(2, noAov.exitCode(), noAov.toString());
        assertTrue(noAov.err().contains("--aov"), noAov.err());

        CliRun percent = Cli.run("roi", seg.toString(), "--cost", "1", "--aov", "20", "--margin", "30");
        assertEquals(2, percent.exitCode(), percent.toString());
        assertTrue(percent.err().contains("0.3 for 30 %"), percent.err());
        CliRun negative = Cli.run("roi", seg.toString(), "--cost", "-1", "--aov", "20");
        assertEquals(2, negative.exitCode(), negative.toString());
        assertEquals("error: Campaign settings: cost per contact must be a number of at least 0, not -1.0.",
                negative.err().strip(), "a cost is no share: no word about writing shares");

        assertEquals(0, Cli.run("roi", seg.toString(), "--cost", "1", "--aov", "20").exitCode());
        CliRun again = Cli.run("roi", seg.toString(), "--cost", "1", "--aov", "20");
        assertEquals(2, again.exitCode(), "an existing roi.json is never overwritten without --force");
    }
}
