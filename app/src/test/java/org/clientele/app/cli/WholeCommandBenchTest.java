package org.clientele.app.cli;

import org.clientele.sample.SampleDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** bench command runs the whole subcommand for real each time, and says so when the subcommand fails. */
class WholeCommandBenchTest {

    @Test
    void timesTheWholeCommandWhichWritesItsFiles(@TempDir Path dir) throws Exception {
        Path customers = SampleDatasets.extract("customers-demographics", dir);
        Path out = dir.resolve("benched");
        CliRun run = CliRun.of("bench", "command", "--warmup", "1", "--runs", "2", "--",
                "profile", customers, "--out", out, "--force");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("command profile " + customers), run.out());
        assertTrue(run.out().matches("(?s).*median \\d+\\.\\d{3} s wall, \\d+\\.\\d{3} s process CPU over 2 runs after 1 warm-up.*"),
                run.out());
        CliRun direct = CliRun.of("profile", customers, "--out", dir.resolve("direct"));
        assertEquals(0, direct.exitCode(), direct.err());
        assertEquals(Files.readString(dir.resolve("direct/profile.json")), Files.readString(out.resolve("profile.json")),
                "the benched command wrote what the command writes");
    }

    @Test
    void aFailingCommandStopsTheBenchWithItsExitCode(@TempDir Path dir) {
        CliRun run = CliRun.of("bench", "command", "--", "profile", dir.resolve("missing.csv"), "--out",
                dir.resolve("p"));
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().contains("run it on its own to see why"), run.err());
    }

    @Test
    void withoutASubcommandItSaysHowToGiveOne() {
        CliRun run = CliRun.of("bench", "command");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("'bench command -- rfm FILE"), run.err());
    }
}
