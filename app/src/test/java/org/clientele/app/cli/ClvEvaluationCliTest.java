package org.clientele.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.io.Json;
import org.clientele.sample.SampleDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code clv} on the bundled log with the split: ranking measures, charts' data and the seasonality sentence. */
class ClvEvaluationCliTest {

    @Test
    void holdoutMeasuresChartsAndSeasonality(@TempDir Path dir) throws Exception {
        Path log = SampleDatasets.extract(SampleDatasets.defaultDataset().name(), dir.resolve("log"));
        Path out = dir.resolve("clv");
        CliRun run = Cli.run("clv", log.toString(), "--out", out.toString(), "--holdout-models", "none",
                "--calibration-end", "2011-09-09", "--seasonal-adjustment");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("Gini") && run.out().contains("decile MAPE"), run.out());
        // The log starts 2010-12-01: less than a year before the calibration end, so no adjustment is offered.
        assertTrue(run.out().contains("In the holdout (2011-09-10 to 2011-12-09)"), run.out());
        assertTrue(run.out().contains("A seasonal adjustment cannot be estimated"), run.out());
        assertTrue(run.out().contains("--seasonal-adjustment: not applied."), run.out());

        JsonNode clv = Json.mapper().readTree(out.resolve("clv.json").toFile());
        for (String key : List.of("tracking", "probabilityAliveMatrix", "seasonality")) {
            assertTrue(clv.has(key), key);
        }
        assertFalse(clv.get("seasonality").get("estimable").asBoolean());
        JsonNode weeks = clv.get("tracking").get("weeks");
        assertTrue(weeks.size() > 40);
        assertEquals("2011-12-09", weeks.get(weeks.size() - 1).get("end").asText());
        JsonNode model = clv.get("holdout").get(1);
        assertEquals("bgnbd-gammagamma", model.get("model").asText());
        double gini = model.get("normalizedGini").asDouble();
        assertTrue(gini > 0 && gini <= 1, model.toString());
        assertEquals(10, model.get("deciles").size());
        assertEquals(8, model.get("byCalibrationFrequency").size());
    }
}
