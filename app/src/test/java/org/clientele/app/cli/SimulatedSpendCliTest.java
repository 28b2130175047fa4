package org.clientele.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.io.Json;
import org.clientele.sample.SampleDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A table without spend can still demonstrate the pipeline, and every output says the target is simulated. */
class SimulatedSpendCliTest {

    @Test
    void formulaIsShownInTheOutputAndInModelsJson(@TempDir Path dir) throws Exception {
        Path egov = SampleDatasets.extract("egov-behaviour");
        CliRun run = CliRun.of("train", egov, "--simulate-spend", "--out", dir, "--models", "mean,linear", "--folds", "3");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("SIMULATED, not real spend: simulated_spend = 100 * exp("), run.out());
        JsonNode models = Json.mapper().readTree(dir.resolve("models.json").toFile());
        assertEquals("simulated_spend", models.get("target").asText());
        assertTrue(models.get("provenance").get("simulatedTarget").get("formula").asText().contains("z(interaction_frequency)"));
        assertTrue(models.get("warnings").get(0).asText().startsWith("The target is SIMULATED"));
        assertTrue(models.get("models").get(1).get("cvR2Mean").asDouble() > 0.3, "linear learns the formula");
    }

    @Test
    void simulateSpendAndTargetTogetherIsAUsageError(@TempDir Path dir) {
        Path egov = SampleDatasets.extract("egov-behaviour");
        assertEquals(2, CliRun.of("train", egov, "--simulate-spend", "--target", "x", "--out", dir).exitCode());
    }
}
