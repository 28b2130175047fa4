package org.clientele.app.cli;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command line in-process and keeps what it printed, as a user would see it. */
final class Cli {

    private Cli() {
    }

    static CliRun run(String... args) {
        return CliRun.of((Object[]) args);
    }

    /** A file of ../shared/data beside the repository; the calling test is skipped when it is absent. */
    static Path shared(String name) {
        for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("shared/data").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        Assumptions.assumeTrue(false, "shared/data/" + name + " not found beside the repository; skipping");
        return null;
    }
}
