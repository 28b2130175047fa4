package org.clientele.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code clv --model sbg|bgbb}: contract retention and discrete-opportunity models from the command line. */
class DiscreteClvCliTest {

    @TempDir
    Path dir;

    @Test
    void sbgOnASurvivorCurveReproducesThePaperAndProjects() throws Exception {
        // Fader & Hardie (2007), regular segment: survivors per 1,000 over 7 years
        Path curve = write("regular.csv", "period,survivors\n0,1000\n1,631\n2,468\n3,382\n4,326\n5,289\n6,262\n7,241\n");
        Path out = dir.resolve("sbg");
        CliRun run = Cli.run("clv", curve.toString(), "--model", "sbg", "--out", out.toString(),
                "--horizon-periods", "10");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("alpha=0.704"), run.out());
        JsonNode json = new ObjectMapper().readTree(out.resolve("clv.json").toFile());
        assertEquals("sbg", json.get("model").asText());
        assertEquals(0.704, json.at("/sbg/alpha").asDouble(), 0.007);
        assertEquals(1.182, json.at("/sbg/beta").asDouble(), 0.012);
        assertTrue(json.at("/sbg/standardErrors/alpha").asDouble() > 0);
        assertTrue(json.at("/sbg/bic").isNumber());
        List<CSVRecord> rows = CliRun.csv(out.resolve("retention_projection.csv"));
        assertEquals(11, rows.size());
        assertEquals("0.631", rows.get(1).get("observedSurvival"));
        assertEquals("", rows.get(9).get("observedSurvival"));
        assertTrue(Double.parseDouble(rows.get(10).get("retentionRate")) > Double.parseDouble(rows.get(2).get("retentionRate")));
        assertFalse(Files.exists(out.resolve("customers_retention.csv")));
    }

    @Test
    void sbgOnPerCustomerContractsValuesTheActiveOnes() throws Exception {
        StringBuilder csv = new StringBuilder("customer_id,tenure,churned\n");
        Random rng = new Random(3);
        for (int i = 0; i < 400; i++) {
            double theta = Math.min(0.95, Math.max(0.02, rng.nextGaussian() * 0.15 + 0.3));
            int t = 1;
            while (t < 6 && rng.nextDouble() > theta) {
                t++;
            }
            boolean churned = t < 6 || rng.nextDouble() < theta;
            csv.append("c").append(i).append(',').append(t).append(',').append(churned ? "yes" : "no").append('\n');
        }
        Path contracts = write("contracts.csv", csv.toString());
        Path out = dir.resolve("sbg");
        CliRun run = Cli.run("clv", contracts.toString(), "--model", "sbg", "--out", out.toString(),
                "--period-discount", "0.05");
        assertEquals(0, run.exitCode(), run::toString);
        List<CSVRecord> customers = CliRun.csv(out.resolve("customers_retention.csv"));
        assertEquals(400, customers.size());
        for (CSVRecord c : customers) {
            double derl = Double.parseDouble(c.get("derl"));
            assertTrue(c.get("churned").equals("true") ? derl == 0 : derl > 0, c.toString());
        }
        JsonNode json = new ObjectMapper().readTree(out.resolve("clv.json").toFile());
        assertEquals("contracts", json.get("input").asText());
        assertEquals(0.05, json.get("discountRate").asDouble(), 1e-12);
    }

    @Test
    void bgbbOnARecencyFrequencyTableReproducesThePaper() throws Exception {
        // Fader, Hardie & Shang (2010) donation data: (x, t_x) patterns of 11,104 donors with n = 6
        Path table = write("donations.csv", "frequency,recency,n,n_custs\n0,0,6,3464\n1,1,6,1091\n1,2,6,277\n"
                + "1,3,6,129\n1,4,6,78\n1,5,6,119\n1,6,6,129\n2,2,6,613\n2,3,6,255\n2,4,6,155\n2,5,6,173\n2,6,6,234\n"
                + "3,3,6,322\n3,4,6,181\n3,5,6,225\n3,6,6,357\n4,4,6,240\n4,5,6,284\n4,6,6,512\n5,5,6,335\n"
                + "5,6,6,728\n6,6,6,1203\n");
        Path out = dir.resolve("bgbb");
        CliRun run = Cli.run("clv", table.toString(), "--model", "bgbb", "--out", out.toString(),
                "--horizon-periods", "5");
        assertEquals(0, run.exitCode(), run::toString);
        JsonNode json = new ObjectMapper().readTree(out.resolve("clv.json").toFile());
        assertEquals(1.204, json.at("/bgbb/alpha").asDouble(), 0.012);
        assertEquals(2.783, json.at("/bgbb/delta").asDouble(), 0.028);
        assertEquals(-33_225.6, json.at("/bgbb/logLikelihood").asDouble(), 0.1);
        assertEquals(5, json.get("horizonOpportunities").asInt());
        List<CSVRecord> rows = CliRun.csv(out.resolve("customers_bgbb.csv"));
        assertEquals(11_104, rows.size());
        CSVRecord loyal = rows.get(rows.size() - 1);
        assertEquals("6", loyal.get("x"));
        assertTrue(Double.parseDouble(loyal.get("probabilityAlive")) > Double.parseDouble(rows.get(0).get("probabilityAlive")));
    }

    @Test
    void bgbbOnAPurchaseLogCountsMonthsAsOpportunities() throws Exception {
        StringBuilder csv = new StringBuilder("customer_id,date,amount\n");
        Random rng = new Random(5);
        LocalDate start = LocalDate.of(2023, 1, 1);
        for (int c = 0; c < 300; c++) {
            double p = rng.nextDouble() * 0.6;
            double die = rng.nextDouble() * 0.2;
            LocalDate first = start.plusDays(rng.nextInt(60));
            csv.append("k").append(c).append(',').append(first).append(",10\n");
            for (int m = 1; m <= 14 && first.plusMonths(m).isBefore(LocalDate.of(2024, 4, 1)); m++) {
                if (rng.nextDouble() < die) {
                    break;
                }
                if (rng.nextDouble() < p) {
                    csv.append("k").append(c).append(',').append(first.plusMonths(m)).append(",10\n");
                }
            }
        }
        Path log = write("log.csv", csv.toString());
        Path out = dir.resolve("bgbb");
        CliRun noUnit = Cli.run("clv", log.toString(), "--model", "bgbb", "--out", out.toString());
        assertEquals(2, noUnit.exitCode(), noUnit::toString);
        assertTrue(noUnit.err().contains("--opportunity"), noUnit.err());
        CliRun run = Cli.run("clv", log.toString(), "--model", "bgbb", "--opportunity", "month", "--out", out.toString());
        assertEquals(0, run.exitCode(), run::toString);
        JsonNode json = new ObjectMapper().readTree(out.resolve("clv.json").toFile());
        assertEquals("month", json.get("opportunity").asText());
        List<CSVRecord> rows = CliRun.csv(out.resolve("customers_bgbb.csv"));
        assertEquals(300, rows.size());
        for (CSVRecord r : rows) {
            int x = Integer.parseInt(r.get("x"));
            assertTrue(x <= Integer.parseInt(r.get("t_x")) && Integer.parseInt(r.get("t_x")) <= Integer.parseInt(r.get("n")));
        }
    }

    @Test
    void wrongShapesAreExplained() throws Exception {
        Path wrong = write("wrong.csv", "customer_id,months\na,3\nb,4\n");
        CliRun sbg = Cli.run("clv", wrong.toString(), "--model", "sbg", "--out", dir.resolve("o").toString());
        assertEquals(3, sbg.exitCode(), sbg::toString);
        assertTrue(sbg.err().contains("wrong.csv") && sbg.err().contains("tenure") && sbg.err().contains("survivors"),
                sbg.err());
        Path rising = write("rising.csv", "period,survivors\n0,100\n1,90\n2,95\n");
        CliRun up = Cli.run("clv", rising.toString(), "--model", "sbg", "--out", dir.resolve("o").toString());
        assertEquals(3, up.exitCode(), up::toString);
        assertTrue(up.err().contains("line 4") && up.err().contains("survivors"), up.err());
        CliRun unknown = Cli.run("clv", rising.toString(), "--model", "nope", "--out", dir.resolve("o").toString());
        assertEquals(2, unknown.exitCode(), unknown::toString);
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }
}
