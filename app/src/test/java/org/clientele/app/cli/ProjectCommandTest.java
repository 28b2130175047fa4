package org.clientele.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.io.Json;
import org.clientele.sample.SampleDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A segment run and a model kept as a project, re-run headless: the same assignments, plus scores and drift. */
class ProjectCommandTest {

    @TempDir
    Path dir;

    @Test
    void aSavedAnalysisRerunsToTheSameAssignments() throws Exception {
        Path sample = SampleDatasets.extract(SampleDatasets.defaultDataset().name());
        Path seg = dir.resolve("seg");
        assertEquals(0, Cli.run("segment", sample.toString(), "--out", seg.toString(), "--k", "4", "--seed", "9",
                "--bootstrap", "0", "--features", "recency_days,frequency,monetary").exitCode());
        Path model = dir.resolve("model");
        assertEquals(0, Cli.run("train", sample.toString(), "--segments", seg.toString(), "--out", model.toString(),
                "--models", "majority,logistic").exitCode());

        Path project = dir.resolve("retail.clientele");
        CliRun create = Cli.run("project", "create", sample.toString(), "--segments", seg.toString(), "--model",
                "segments=" + model, "--campaign", "winback=1.5", "--out", project.toString());
        assertEquals(0, create.exitCode(), create.toString());
        assertTrue(create.out().contains("kmeans with k = 4"), create.out());

        Path out = dir.resolve("rerun");
        CliRun run = Cli.run("project", "run", project.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(Files.readString(seg.resolve("assignments.csv")), Files.readString(out.resolve("assignments.csv")),
                "same data, settings and seed give the same assignments");
        assertTrue(Files.isRegularFile(out.resolve("predictions-segments.csv")));
        JsonNode monitor = Json.mapper().readTree(out.resolve("monitor-segments.json").toFile());
        assertEquals("STABLE", monitor.get("verdict").asText(), "the training data against itself");
        JsonNode roi = Json.mapper().readTree(out.resolve("roi-winback.json").toFile());
        assertEquals(1.5, roi.get("result").get("settings").get("costPerContact").asDouble());

        CliRun again = Cli.run("project", "run", project.toString(), "--out", out.toString());
        assertEquals(2, again.exitCode(), "outputs are not overwritten without --force: " + again);

        CliRun moved = Cli.run("project", "run", project.toString(), "--out", dir.resolve("x").toString(),
                "--data", dir.resolve("nowhere.csv.gz").toString());
        assertEquals(3, moved.exitCode(), moved.toString());
        assertTrue(moved.err().contains("nowhere.csv.gz"), moved.err());
    }
}
