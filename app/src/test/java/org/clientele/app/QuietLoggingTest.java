package org.clientele.app;

import org.clientele.sample.SampleDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The libraries' INFO lines stay off a command's stderr although logging is configured only when it
 * starts; a configuration the user names is theirs. Runs the real entry point in a JVM of its own, since
 * java.util.logging starts once per JVM.
 */
class QuietLoggingTest {

    @Test
    void trainingPrintsNoLibraryInfoLines(@TempDir Path dir) throws Exception {
        Path customers = SampleDatasets.extract("customers-demographics", dir);
        Run run = main(dir, List.of(), "train", customers.toString(), "--target", "annual_income",
                "--models", "elastic-net", "--folds", "2", "--out", dir.resolve("model").toString());
        assertEquals(0, run.exitCode, run.stderr);
        assertFalse(run.stderr.contains("INFO:"), run.stderr);
    }

    @Test
    void aLoggingConfigurationTheUserNamesIsLeftAlone(@TempDir Path dir) throws Exception {
        Path customers = SampleDatasets.extract("customers-demographics", dir);
        Path jdkDefaults = Path.of(System.getProperty("java.home"), "conf", "logging.properties");
        Run run = main(dir, List.of("-Djava.util.logging.config.file=" + jdkDefaults), "train", customers.toString(),
                "--target", "annual_income", "--models", "elastic-net", "--folds", "2",
                "--out", dir.resolve("model").toString());
        assertEquals(0, run.exitCode, run.stderr);
        assertTrue(run.stderr.contains("INFO:"), "Tribuo's trainers log at INFO under the JDK's defaults");
    }

    private record Run(int exitCode, String stderr) {
    }

    private static Run main(Path dir, List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        File stderr = dir.resolve("stderr.txt").toFile();
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(stderr).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the command did not finish in 5 minutes");
        }
        return new Run(process.exitValue(), Files.readString(stderr.toPath(), StandardCharsets.UTF_8));
    }
}
