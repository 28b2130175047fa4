package org.clientele.core.segment.profile;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Finds the shared real datasets beside the checkout; tests that need them skip when absent. */
final class SharedData {

    private SharedData() {
    }

    static Path file(String name) {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        assumeTrue(false, "shared/data/" + name + " not found beside the checkout");
        return null;
    }
}
