package org.clientele.spark;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * One Spark session (local[2]) for every test class of this module: starting one costs seconds, and the test
 * classes run one after another in one JVM. Stopped when the JVM exits.
 */
final class SharedSpark {

    private static SparkEngine engine;

    private SharedSpark() {
    }

    static synchronized SparkEngine engine() {
        if (engine == null) {
            engine = SparkEngine.start("local[2]");
            Runtime.getRuntime().addShutdownHook(new Thread(engine::close, "stop-spark"));
        }
        return engine;
    }

    /** ../shared/data beside the repository (walking up from the working directory); the test skips without it. */
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
