package org.clientele.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDatasetsTest {

    @Test
    void everyCatalogueEntryIsShippedWithItsRowCount() throws IOException {
        for (SampleDataset d : SampleDatasets.all()) {
            byte[] bytes = EgovBehaviourGeneratorTest.shipped(d.name());
            assertTrue(bytes.length > 0);
            if (!d.fileName().endsWith(".gz")) {
                long lines = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).lines().count();
                assertEquals(d.rows() + 1, lines, d.name());
            }
            assertTrue(!d.licence().isBlank() && !d.attribution().isBlank());
        }
        assertEquals("online-retail", SampleDatasets.defaultDataset().name());
        assertEquals(SampleDataset.Kind.TRANSACTIONS, SampleDatasets.defaultDataset().kind());
        assertTrue(SampleDatasets.defaultDataset().attribution().contains("Chen, D. (2015)"));
        assertThrows(IllegalArgumentException.class, () -> SampleDatasets.extract("missing", Path.of(".")));
    }

    @Test
    void extractCopiesOnceAndReusesAnIdenticalCopy(@TempDir Path dir) throws IOException {
        Path file = SampleDatasets.extract("egov-behaviour", dir);
        assertEquals(dir.resolve("egov_behaviour.csv"), file);
        assertArrayEquals(EgovBehaviourGeneratorTest.shipped("egov-behaviour"), Files.readAllBytes(file));

        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, old);
        assertEquals(file, SampleDatasets.extract("egov-behaviour", dir));
        assertEquals(old, Files.getLastModifiedTime(file), "an identical copy is reused, not rewritten");

        Files.writeString(file, "user_id\n1\n");
        SampleDatasets.extract("egov-behaviour", dir);
        assertArrayEquals(EgovBehaviourGeneratorTest.shipped("egov-behaviour"), Files.readAllBytes(file),
                "a changed copy is replaced");
    }

    @Test
    void cacheDirFollowsXdgThenHomeThenTemp(@TempDir Path dir) throws IOException {
        Path xdg = dir.resolve("xdg");
        assertEquals(xdg.resolve("clientele/samples"),
                SampleDatasets.cacheDir(Map.of("XDG_CACHE_HOME", xdg.toString()), dir.resolve("home").toString(), dir.toString()));
        assertEquals(dir.resolve("home/.cache/clientele/samples"),
                SampleDatasets.cacheDir(Map.of(), dir.resolve("home").toString(), dir.toString()));
        // A home where nothing can be created (a file in the way) falls back to the temp dir.
        Path blocked = Files.writeString(dir.resolve("blocked"), "x");
        Path fallback = SampleDatasets.cacheDir(Map.of("XDG_CACHE_HOME", "relative/not/allowed"), blocked.toString(),
                dir.toString());
        assertTrue(fallback.startsWith(dir) && fallback.getFileName().toString().startsWith("clientele-samples-"));
        assertTrue(Files.isDirectory(fallback));
    }
}
