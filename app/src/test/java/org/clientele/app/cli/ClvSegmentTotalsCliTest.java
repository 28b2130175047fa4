package org.clientele.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code clv --segments} and {@code --group-by}: each segment's totals with ranges, adding up to the whole. */
class ClvSegmentTotalsCliTest {

    @TempDir
    Path dir;

    private Path log() throws Exception {
        StringBuilder csv = new StringBuilder("customer_id,date,amount,region\n");
        Random rng = new Random(4);
        LocalDate start = LocalDate.of(2022, 1, 1);
        for (int c = 0; c < 500; c++) {
            double rate = -Math.log(rng.nextDouble() * rng.nextDouble()) / 50;
            double dropout = 0.3 * rng.nextDouble();
            double t = rng.nextInt(60);
            String region = c % 3 == 0 ? "north" : "south";
            csv.append("k").append(c).append(',').append(start.plusDays((long) t)).append(",25,").append(region).append('\n');
            while (true) {
                t += -Math.log(1 - rng.nextDouble()) / rate;
                if (t > 400 || rng.nextDouble() < dropout) {
                    break;
                }
                csv.append("k").append(c).append(',').append(start.plusDays((long) t)).append(',')
                        .append(10 + rng.nextInt(30)).append(',').append(region).append('\n');
            }
        }
        Path log = dir.resolve("log.csv");
        Files.writeString(log, csv.toString());
        return log;
    }

    @Test
    void segmentsFromAnAssignmentsFileOrAColumnAddUpToTheTotal() throws Exception {
        Path log = log();
        // assignments.csv as `segment` writes it; k0..k9 are left out, so they are totalled apart.
        StringBuilder assignments = new StringBuilder("customer_id,segment,segment_name,confidence\n");
        for (int c = 10; c < 500; c++) {
            assignments.append("k").append(c).append(',').append(c % 2).append(',')
                    .append(c % 2 == 0 ? "Even" : "Odd").append(",0.5\n");
        }
        Path file = dir.resolve("assignments.csv");
        Files.writeString(file, assignments.toString());
        Path out = dir.resolve("clv");
        CliRun run = Cli.run("clv", log.toString(), "--segments", file.toString(), "--holdout-models", "none",
                "--interval-draws", "60", "--out", out.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("Lifetime value by assignments.csv"), run.out());
        JsonNode json = new ObjectMapper().readTree(out.resolve("clv.json").toFile());
        JsonNode totals = json.get("segmentTotals");
        assertEquals(60, totals.get("draws").asInt());
        assertEquals(List.of("Even", "Odd", "(not in the segments)"), totals.get("segments").findValuesAsText("segment"));
        double clv = 0;
        int customers = 0;
        for (JsonNode s : totals.get("segments")) {
            assertTrue(s.get("clvLow").asDouble() <= s.get("clv").asDouble()
                    && s.get("clv").asDouble() <= s.get("clvHigh").asDouble(), s.toString());
            clv += s.get("clv").asDouble();
            customers += s.get("customers").asInt();
        }
        assertEquals(10, totals.at("/segments/2/customers").asInt());
        assertEquals(json.get("customers").asInt(), customers);
        assertEquals(json.get("totalClv").asDouble(), clv, 1e-6 * clv);
        assertEquals(List.of("segment", "customers", "expectedPurchases", "expectedPurchasesLow", "expectedPurchasesHigh",
                "expectedSpend", "expectedSpendLow", "expectedSpendHigh", "clv", "clvLow", "clvHigh"),
                CliRun.header(out.resolve("segment_totals.csv")));

        Path byRegion = dir.resolve("region");
        CliRun grouped = Cli.run("clv", log.toString(), "--group-by", "region", "--holdout-models", "none",
                "--interval-draws", "0", "--out", byRegion.toString());
        assertEquals(0, grouped.exitCode(), grouped::toString);
        JsonNode regions = new ObjectMapper().readTree(byRegion.resolve("clv.json").toFile()).get("segmentTotals");
        assertEquals(List.of("north", "south"), regions.get("segments").findValuesAsText("segment"));
        assertTrue(regions.at("/segments/0/clvLow").isMissingNode() || regions.at("/segments/0/clvLow").isNull(),
                "no ranges without draws");

        CliRun both = Cli.run("clv", log.toString(), "--group-by", "region", "--segments", file.toString(),
                "--out", dir.resolve("both").toString());
        assertEquals(2, both.exitCode(), both::toString);
    }
}
