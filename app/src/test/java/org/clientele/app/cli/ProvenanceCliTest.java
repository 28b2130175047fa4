package org.clientele.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.io.Json;
import org.clientele.core.provenance.InputFile;
import org.clientele.sample.SampleDatasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** segments.json, models.json, bundle.json, clv.json, eda.json and summary.json say which file, seed and versions made them. */
class ProvenanceCliTest {

    @TempDir
    static Path dir;
    static Path customers;
    static InputFile expected;

    @BeforeAll
    static void sample() {
        customers = SampleDatasets.extract("customers-demographics", dir);
        expected = InputFile.of(customers);
    }

    @Test
    void segmentTrainAndReportRecordTheirInput() throws IOException {
        Path seg = dir.resolve("seg");
        CliRun segment = Cli.run("segment", customers.toString(), "--out", seg.toString(), "--k", "3",
                "--bootstrap", "0", "--seed", "7");
        assertEquals(0, segment.exitCode(), segment::toString);
        JsonNode p = assertProvenance(seg.resolve("segments.json"), 7);
        assertEquals(3, p.get("k").asInt(), "options are recorded");

        Path model = dir.resolve("model");
        CliRun train = Cli.run("train", customers.toString(), "--segments", seg.toString(), "--out", model.toString(),
                "--models", "majority,logistic", "--folds", "3");
        assertEquals(0, train.exitCode(), train::toString);
        JsonNode m = assertProvenance(model.resolve("models.json"), 42);
        assertTrue(m.get("testRows").asInt() > 0 && m.has("trainRows") && m.has("folds"), m.toString());
        assertProvenance(model.resolve("bundle.json"), 42);

        Path report = dir.resolve("report");
        CliRun reportRun = Cli.run("report", customers.toString(), "--out", report.toString());
        assertEquals(0, reportRun.exitCode(), reportRun::toString);
        assertProvenance(report.resolve("summary.json"), 42);
    }

    @Test
    void clvAndEdaRecordTheirInput() throws IOException {
        Path log = SampleDatasets.extract(SampleDatasets.defaultDataset().name(), dir.resolve("log"));
        Path out = dir.resolve("clv");
        CliRun clv = Cli.run("clv", log.toString(), "--out", out.toString(), "--holdout-models", "none");
        assertEquals(0, clv.exitCode(), clv::toString);
        JsonNode p = Json.mapper().readTree(out.resolve("clv.json").toFile()).get("provenance");
        assertEquals(InputFile.of(log).sha256(), p.get("input").get("sha256").asText());
        assertEquals("DAY", p.get("timeUnit").asText());

        Path eda = dir.resolve("eda");
        CliRun edaRun = Cli.run("eda", log.toString(), "--out", eda.toString(), "--seed", "5");
        assertEquals(0, edaRun.exitCode(), edaRun::toString);
        JsonNode e = Json.mapper().readTree(eda.resolve("eda.json").toFile()).get("provenance");
        assertEquals(InputFile.of(log).sha256(), e.get("input").get("sha256").asText());
        assertEquals(5, e.get("seed").asLong());
    }

    private static JsonNode assertProvenance(Path json, long seed) throws IOException {
        JsonNode p = Json.mapper().readTree(json.toFile()).get("provenance");
        assertEquals(expected.name(), p.get("input").get("name").asText(), json + ": " + p);
        assertEquals(expected.size(), p.get("input").get("size").asLong());
        assertEquals(expected.sha256(), p.get("input").get("sha256").asText());
        assertEquals(seed, p.get("seed").asLong());
        assertTrue(p.get("rows").asLong() > 0);
        assertTrue(p.get("java").asText().contains(System.getProperty("java.version")));
        assertTrue(p.get("libraries").get("tribuo").asText().startsWith("4."), p.toString());
        assertTrue(!p.get("appVersion").asText().isBlank());
        return p;
    }
}
