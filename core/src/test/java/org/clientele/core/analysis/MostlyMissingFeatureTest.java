package org.clientele.core.analysis;

import org.clientele.core.data.ReadOptions;
import org.clientele.core.data.Table;
import org.clientele.core.segment.SegmentOptions;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A column most customers have no value in is not a default feature, and a note says why. */
class MostlyMissingFeatureTest {

    private static Path table(Path dir) throws IOException {
        Random random = new Random(5);
        StringBuilder s = new StringBuilder("customer_id,visits,spend,survey_score\n");
        for (int i = 0; i < 100; i++) {
            boolean big = i % 2 == 0;
            String score = i % 20 == 0 ? String.format(Locale.ROOT, "%.2f", random.nextDouble()) : "";
            s.append(String.format(Locale.ROOT, "c%d,%d,%.2f,%s%n", i, (big ? 20 : 2) + random.nextInt(3),
                    (big ? 900 : 50) + 10 * random.nextGaussian(), score));
        }
        Path file = dir.resolve("customers.csv");
        Files.writeString(file, s.toString());
        return file;
    }

    @Test
    void leftOutOfTheDefaultsWithANoteButUsedWhenNamed(@TempDir Path dir) throws IOException {
        Path file = table(dir);
        Table table = CustomerTables.load(file, ReadOptions.DEFAULT, Progress.NONE);
        assertEquals(0.95, MostlyMissingColumns.missingShare(table, "survey_score"), 1e-12);
        assertEquals(List.of("visits", "spend"), SegmentationRun.defaultFeatures(table));

        SegmentationReport byDefault = SegmentationRun.run(file, table,
                SegmentOptions.DEFAULT.withK(2).withBootstrap(0), Progress.NONE);
        assertEquals(List.of("visits", "spend"), byDefault.result().features());
        assertTrue(byDefault.result().notes().stream().anyMatch(n -> n.startsWith("column 'survey_score' left out of"
                + " the features: 95% of customers have no value")), byDefault.result().notes().toString());

        SegmentationReport named = SegmentationRun.run(file, table, SegmentOptions.DEFAULT.withK(2).withBootstrap(0)
                .withFeatures(List.of("visits", "survey_score")), Progress.NONE);
        assertEquals(List.of("visits", "survey_score"), named.result().features());
        assertTrue(named.result().notes().stream().noneMatch(n -> n.contains("left out")));
    }
}
