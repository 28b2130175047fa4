package org.clientele.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code clv --covariates}: a channel that doubles the purchase rate is found and tested. */
class ClvCovariatesCliTest {

    @TempDir
    Path dir;

    @Test
    void aChannelThatBuysMoreIsFoundAndTested() throws Exception {
        StringBuilder csv = new StringBuilder("customer_id,date,amount,channel\n");
        Random rng = new Random(9);
        LocalDate start = LocalDate.of(2022, 1, 1);
        for (int c = 0; c < 1200; c++) {
            boolean web = c % 2 == 1;
            // Poisson purchases, rate ~ Gamma(2, 1/60 per day) doubled on the web, dropout after a purchase varying between customers
            double rate = -Math.log(rng.nextDouble() * rng.nextDouble()) / 60 * (web ? 2 : 1);
            double dropout = 0.3 * rng.nextDouble() * rng.nextDouble();
            int first = rng.nextInt(90);
            double t = first;
            String channel = web ? "web" : "store";
            csv.append("k").append(c).append(',').append(start.plusDays(first)).append(",20,").append(channel).append('\n');
            while (true) {
                t += -Math.log(1 - rng.nextDouble()) / rate;
                if (t > 540 || rng.nextDouble() < dropout) {
                    break;
                }
                // a later purchase may come through another channel: the first purchase's one counts
                String later = rng.nextDouble() < 0.1 ? "phone" : channel;
                csv.append("k").append(c).append(',').append(start.plusDays((long) t)).append(",")
                        .append(10 + rng.nextInt(30)).append(',').append(later).append('\n');
            }
        }
        Path log = dir.resolve("log.csv");
        Files.writeString(log, csv.toString());
        Path out = dir.resolve("clv");
        CliRun run = Cli.run("clv", log.toString(), "--covariates", "channel", "--holdout-models", "none",
                "--time-unit", "week", "--out", out.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("first purchase"), run.out());
        JsonNode cov = new ObjectMapper().readTree(out.resolve("clv.json").toFile()).get("covariates");
        assertEquals("store", cov.at("/coding/0/reference").asText());
        assertEquals("channel=web", cov.at("/terms/0").asText());
        JsonNode rate = cov.at("/bgnbd/coefficients/0");
        assertEquals("alpha", rate.get("parameter").asText());
        assertEquals(Math.log(2), rate.get("estimate").asDouble(), 0.25);
        assertTrue(cov.at("/bgnbd/likelihoodRatioTest/pValue").asDouble() < 0.001, cov.toString());
        assertTrue(cov.at("/gammaGamma/likelihoodRatioTest").isObject());
        assertEquals("channel=web", CliRun.header(out.resolve("customers_covariates.csv")).get(1));

        CliRun missing = Cli.run("clv", log.toString(), "--covariates", "segment", "--holdout-models", "none",
                "--out", dir.resolve("m").toString());
        assertEquals(3, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("segment") && missing.err().contains("log.csv"), missing.err());
    }
}
