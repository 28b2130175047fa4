package org.clientele.app.cli;

import org.junit.jupiter.api.Assumptions;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command line in-process and keeps what it printed, as a user would see it. */
final class Cli {

    record Run(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ClienteleCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
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
