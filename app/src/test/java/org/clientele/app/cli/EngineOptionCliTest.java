package org.clientele.app.cli;

import org.clientele.sample.SampleDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * --engine: the application never depends on Spark, so without the optional module on the classpath (as in these
 * tests) asking for it is a usage error that says how to get it, and nothing is written.
 */
class EngineOptionCliTest {

    @Test
    void sparkWithoutTheModuleSaysHowToGetIt(@TempDir Path dir) {
        Path log = SampleDatasets.extract(SampleDatasets.defaultDataset().name());
        Path out = dir.resolve("customers.csv");
        CliRun run = Cli.run("rfm", log.toString(), "--engine", "spark", "--out", out.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("the Spark engine is not installed"), run.err());
        assertTrue(run.err().contains("./mvnw -Pspark"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void unknownEngineAndMasterWithoutSparkAreUsageErrors(@TempDir Path dir) {
        Path log = SampleDatasets.extract(SampleDatasets.defaultDataset().name());
        CliRun unknown = Cli.run("segment", log.toString(), "--engine", "flink", "--out", dir.toString());
        assertEquals(ExitCodes.USAGE, unknown.exitCode(), unknown.err());
        assertTrue(unknown.err().contains("--engine must be"), unknown.err());
        CliRun master = Cli.run("rfm", log.toString(), "--master", "local[2]", "--out", dir.resolve("c.csv").toString());
        assertEquals(ExitCodes.USAGE, master.exitCode(), master.err());
        assertTrue(master.err().contains("--master needs --engine spark"), master.err());
    }

    @Test
    void edaOnSparkWithoutTheModuleSaysHowToGetIt(@TempDir Path dir) {
        Path log = SampleDatasets.extract(SampleDatasets.defaultDataset().name());
        CliRun run = Cli.run("eda", log.toString(), "--engine", "spark", "--out", dir.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("the Spark engine is not installed"), run.err());
        assertFalse(Files.exists(dir.resolve("eda.json")));
    }

    @Test
    void parquetAssignmentsNeedSparkAndTheFormatIsChecked(@TempDir Path dir) {
        Path log = SampleDatasets.extract(SampleDatasets.defaultDataset().name());
        CliRun parquet = Cli.run("segment", log.toString(), "--assignments-format", "parquet", "--out", dir.toString());
        assertEquals(ExitCodes.USAGE, parquet.exitCode(), parquet.err());
        assertTrue(parquet.err().contains("Parquet assignments are written by Spark: add --engine spark"), parquet.err());
        CliRun other = Cli.run("segment", log.toString(), "--assignments-format", "json", "--out", dir.toString());
        assertEquals(ExitCodes.USAGE, other.exitCode(), other.err());
        assertTrue(other.err().contains("--assignments-format must be csv or parquet"), other.err());
        assertFalse(Files.exists(dir.resolve("segments.json")));
    }
}
