package org.clientele.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.clientele.core.task.CancelledException;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorsTest {

    @Test
    void everyKindWritesTheRequestedRowsPlainAndCompressed(@TempDir Path tmp) throws IOException {
        for (GeneratorKind kind : GeneratorKind.values()) {
            for (String suffix : new String[] {".csv", ".csv.gz"}) {
                Path out = tmp.resolve(kind.label() + suffix);
                AtomicReference<Double> last = new AtomicReference<>(-1.0);
                Progress progress = new Progress() {
                    @Override public void update(double fraction, String message) {
                        last.set(fraction);
                    }
                    @Override public boolean isCancelled() {
                        return false;
                    }
                };
                Generators.Result result = Generators.generate(kind.label(), 1234, 5, Map.of(), out, progress);
                assertEquals(1234, TestFiles.records(out).size(), kind.label());
                assertEquals(Files.size(out), result.bytes());
                assertEquals(1.0, last.get());
            }
        }
    }

    @Test
    void optionsAreParsedAndChecked(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("t.csv");
        Generators.generate("transactions", 3000, 1, Map.of("customers", "25", "start", "2022-01-01",
                "end", "2022-01-31", "--saturdays", "true"), out, Progress.NONE);
        long distinct = TestFiles.records(out).stream().map(r -> r.get("CustomerID")).filter(s -> !s.isEmpty())
                .distinct().count();
        assertTrue(distinct <= 25);

        Path blobs = tmp.resolve("b.csv");
        Generators.generate("blobs", 100, 1, Map.of("features", "3", "labels", ""), blobs, Progress.NONE);
        assertEquals(5, TestFiles.header(blobs).size());

        assertThrows(IllegalArgumentException.class, () -> Generators.generate("nope", 10, 1, Map.of(), out, Progress.NONE));
        assertThrows(IllegalArgumentException.class,
                () -> Generators.generate("egov", 10, 1, Map.of("customers", "3"), out, Progress.NONE));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> Generators.generate("transactions", 10, 1, Map.of("start", "yesterday"), out, Progress.NONE));
        assertTrue(bad.getMessage().contains("start"));
        assertThrows(IllegalArgumentException.class,
                () -> Generators.generate("customers", 0, 1, Map.of(), out, Progress.NONE));
    }

    @Test
    void cancellingLeavesNoFileBehind(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("cancelled.csv");
        Progress cancelled = new Progress() {
            @Override public void update(double fraction, String message) {
            }
            @Override public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class,
                () -> Generators.generate("transactions", 100_000, 1, Map.of(), out, cancelled));
        assertFalse(Files.exists(out));
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(0, left.count(), "no partial files");
        }
    }
}
