package org.clientele.core.data;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds ../shared/data beside the repository (walking up from the working directory); tests skip without it. */
public final class SharedData {

    private SharedData() {
    }

    public static Path file(String name) {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path candidate = d.resolve("shared/data").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        Assumptions.assumeTrue(false, "shared/data/" + name + " not found beside the repository; skipping");
        return null;
    }
}
