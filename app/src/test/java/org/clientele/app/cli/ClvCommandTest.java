package org.clientele.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code clv --model}: the purchase-model choice, its report, the intervals and plain-English fit failures. */
class ClvCommandTest {

    @TempDir
    Path dir;

    /** A lifetimes-style summary of simulated Pareto/NBD customers (seeded), in weeks. */
    private Path summary(int customers, long seed) throws Exception {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder("customer_id,frequency,recency,T,monetary_value\n");
        for (int i = 0; i < customers; i++) {
            double rate = -Math.log(random.nextDouble()) * 0.15;        // purchases per week
            double life = -Math.log(random.nextDouble()) / 0.03;        // weeks alive
            double t = 20 + random.nextInt(20);
            double clock = 0;
            int x = 0;
            double last = 0;
            while (true) {
                clock += -Math.log(random.nextDouble()) / rate;
                if (clock > Math.min(t, life)) {
                    break;
                }
                x++;
                last = clock;
            }
            sb.append(i).append(',').append(x).append(',').append(String.format(java.util.Locale.ROOT, "%.2f", last))
                    .append(',').append(t).append(',').append(x == 0 ? "" : String.valueOf(20 + random.nextInt(30)))
                    .append('\n');
        }
        return Files.writeString(dir.resolve("summary.csv"), sb.toString());
    }

    @Test
    void autoComparesTheModelsAndWritesIntervals() throws Exception {
        Path out = dir.resolve("auto");
        CliRun run = CliRun.of("clv", summary(400, 3), "--time-unit", "week", "--model", "auto", "--interval-draws", "50",
                "--out", out);
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("Chose "), run.out());
        JsonNode json = new ObjectMapper().readTree(out.resolve("clv.json").toFile());
        JsonNode models = json.get("purchaseModels");
        assertEquals(3, models.size());
        int chosen = 0;
        for (JsonNode m : models) {
            chosen += m.path("chosen").asBoolean() ? 1 : 0;
            assertTrue(m.get("aic").isNumber() && m.get("bic").isNumber() && m.get("logLikelihood").isNumber());
            assertEquals(4, m.get("parameters").size());
        }
        assertEquals(1, chosen);
        assertTrue(models.get(0).get("why").asText().contains("BIC"));
        assertEquals(models.get(0).get("model").asText(), json.get("purchaseModel").get("model").asText());
        JsonNode total = json.get("uncertainty").get("totalClv");
        assertTrue(total.get("low").asDouble() < json.get("totalClv").asDouble()
                && json.get("totalClv").asDouble() < total.get("high").asDouble(), total.toString());
        assertTrue(CliRun.header(out.resolve("customers_clv.csv")).containsAll(java.util.List.of(
                "expectedPurchasesLow", "expectedPurchasesHigh", "probabilityAliveLow", "probabilityAliveHigh",
                "clvLow", "clvHigh")));
    }

    @Test
    void aNamedModelReplacesBgNbdAndTheDefaultStaysBgNbd() throws Exception {
        Path file = summary(400, 5);
        Path pnbd = dir.resolve("pnbd");
        CliRun run = CliRun.of("clv", file, "--time-unit", "week", "--model", "pnbd", "--interval-draws", "0",
                "--out", pnbd);
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("Pareto/NBD r="), run.out());
        JsonNode json = new ObjectMapper().readTree(pnbd.resolve("clv.json").toFile());
        assertFalse(json.has("bgnbd"));
        assertFalse(json.has("uncertainty"));
        assertEquals("pnbd", json.get("purchaseModel").get("model").asText());
        assertTrue(json.get("purchaseModel").get("parameters").has("beta"));
        assertFalse(CliRun.header(pnbd.resolve("customers_clv.csv")).contains("clvLow"));

        Path plain = dir.resolve("plain");
        assertEquals(0, CliRun.of("clv", file, "--time-unit", "week", "--out", plain).exitCode());
        JsonNode bg = new ObjectMapper().readTree(plain.resolve("clv.json").toFile());
        assertTrue(bg.get("bgnbd").get("r").isNumber());
        assertEquals("bgnbd", bg.get("purchaseModel").get("model").asText());
        assertEquals(bg.get("bgnbd").get("r").asDouble(),
                bg.get("purchaseModel").get("parameters").get("r").get("value").asDouble(), 1e-12);
    }

    @Test
    void anUnknownModelIsAUsageError() throws Exception {
        CliRun run = CliRun.of("clv", summary(50, 1), "--model", "gamma", "--out", dir.resolve("x"));
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("unknown purchase model 'gamma'"), run.err());
    }

    @Test
    void aFitThatCannotConvergeSaysWhatToTry() throws Exception {
        StringBuilder sb = new StringBuilder("customer_id,frequency,recency,T\n");
        for (int i = 0; i < 40; i++) {
            sb.append(i).append(",6,30,30\n");
        }
        Path same = Files.writeString(dir.resolve("same.csv"), sb.toString());
        for (String model : new String[]{"pnbd", "auto"}) {
            CliRun run = CliRun.of("clv", same, "--time-unit", "week", "--model", model, "--out", dir.resolve("same"));
            assertEquals(3, run.exitCode(), run.toString());
            String err = run.err().strip();
            assertEquals(1, err.lines().count(), "one line, no stack trace: " + err);
            assertTrue(err.startsWith("error: same.csv: "), err);
            assertTrue(err.contains("did not converge on 40 customers") && err.contains("another purchase model"), err);
            assertFalse(err.contains("java.") || err.contains("Exception"), err);
        }
        assertFalse(Files.exists(dir.resolve("same/clv.json")));
    }
}
