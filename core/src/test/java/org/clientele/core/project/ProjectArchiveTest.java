package org.clientele.core.project;

import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.analysis.CustomerTables;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.analysis.SegmentationRun;
import org.clientele.core.data.DataFileException;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.io.Json;
import org.clientele.core.roi.CampaignSettings;
import org.clientele.core.segment.SegmentOptions;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Saving an analysis, re-opening it and re-running it gives the same numbers; moved, changed and foreign files are told apart. */
class ProjectArchiveTest {

    @TempDir
    Path dir;
    Path data;
    SegmentOptions options;

    @BeforeEach
    void writeTable() throws Exception {
        data = dir.resolve("customers.csv");
        StringBuilder csv = new StringBuilder("customer_id,income,spend,visits,Response\n");
        Random random = new Random(11);
        for (int i = 0; i < 150; i++) {
            int group = i % 3;
            csv.append("c").append(i).append(',').append(Math.round(30_000 + group * 30_000 + random.nextGaussian() * 4_000))
                    .append(',').append(Math.round(200 + group * 400 + random.nextGaussian() * 50)).append(',')
                    .append(Math.round(2 + group * 4 + random.nextGaussian())).append(',').append(random.nextInt(10) < group * 2 ? 1 : 0)
                    .append('\n');
        }
        Files.writeString(data, csv);
        options = SegmentOptions.DEFAULT.withK(3).withSeed(7).withBootstrap(0).withFeatures(List.of("income", "spend", "visits"));
    }

    private Project project(Map<Integer, String> names, List<RoiScenario> scenarios) {
        return new Project(Project.SCHEMA_VERSION, "test", "2026-12-01T00:00:00Z", DataReference.of(data),
                ReadSettings.of(ReadOptions.DEFAULT), SegmentSettings.of(options), names, scenarios, List.of());
    }

    @Test
    void reopeningAndRerunningReproducesTheAnalysis() throws Exception {
        Path file = dir.resolve("analysis.clientele");
        Project saved = project(Map.of(1, "Our best customers"),
                List.of(RoiScenario.of("Spring mailing", new CampaignSettings(2, 50, 0.3, 0.02, 0.005, 40, 300))));
        ProjectArchive.save(file, saved, Map.of(), false);

        OpenedProject opened = ProjectArchive.open(file, Files.createDirectories(dir.resolve("work")));
        assertEquals(saved, opened.project());
        assertEquals(300.0, opened.project().roiScenarios().get(0).settings().budget());
        assertTrue(Double.isNaN(RoiScenario.of("x", CampaignSettings.defaults(1)).settings().budget()),
                "an unset budget stays unset, not 0");

        ProjectRunner.Outcome run = ProjectRunner.run(opened, null, dir.resolve("out"), false, Progress.NONE);
        assertEquals(DataReference.Status.SAME, run.dataStatus());
        SegmentationReport direct = SegmentationRun.run(data, CustomerTables.load(data, ReadOptions.DEFAULT, Progress.NONE),
                options, Progress.NONE);
        assertArrayEquals(direct.result().labels(), run.segmentation().result().labels());
        assertEquals(direct.result().silhouette(), run.segmentation().result().silhouette(), 0);

        JsonNode segments = Json.mapper().readTree(dir.resolve("out/segments.json").toFile()).get("segments");
        assertEquals("Our best customers", segments.get(1).get("name").asText());
        JsonNode roi = Json.mapper().readTree(dir.resolve("out/roi-spring-mailing.json").toFile());
        assertEquals("Response", roi.get("responseColumn").asText(), "the response column is found again");
        assertEquals(3, roi.get("result").get("segments").size());

        assertThrows(java.io.UncheckedIOException.class,
                () -> ProjectRunner.run(opened, null, dir.resolve("out"), false, Progress.NONE),
                "a second run does not overwrite the first without force");
        ProjectRunner.Outcome again = ProjectRunner.run(opened, null, dir.resolve("out"), true, Progress.NONE);
        assertArrayEquals(run.segmentation().result().labels(), again.segmentation().result().labels());
    }

    @Test
    void aMovedFileIsMissingAndAnEditedOneChanged() throws Exception {
        Path file = dir.resolve("analysis.clientele");
        ProjectArchive.save(file, project(Map.of(), List.of()), Map.of(), false);
        OpenedProject opened = ProjectArchive.open(file, Files.createDirectories(dir.resolve("work")));

        Path moved = dir.resolve("elsewhere.csv");
        Files.move(data, moved);
        DataFileException missing = assertThrows(DataFileException.class,
                () -> ProjectRunner.run(opened, null, dir.resolve("out"), false, Progress.NONE));
        assertTrue(missing.getMessage().contains("moved"), missing.getMessage());
        assertEquals(DataReference.Status.SAME, opened.project().data().check(moved), "same content at a new place");

        Files.writeString(moved, Files.readString(moved).replace("c0,", "c0x,"));
        assertEquals(DataReference.Status.CHANGED, opened.project().data().check(moved));
        assertEquals(DataReference.Status.CHANGED,
                ProjectRunner.run(opened, moved, dir.resolve("out"), false, Progress.NONE).dataStatus());
    }

    @Test
    void newerDamagedAndHostileFilesAreRefusedClearly() throws Exception {
        Path newer = zip("newer.clientele", "project.json", "{\"schemaVersion\": 99}");
        DataFileException e = assertThrows(DataFileException.class, () -> ProjectArchive.open(newer, dir));
        assertTrue(e.getMessage().contains("newer Clientele"), e.getMessage());

        Path notZip = Files.writeString(dir.resolve("text.clientele"), "hello");
        e = assertThrows(DataFileException.class, () -> ProjectArchive.open(notZip, dir));
        assertTrue(e.getMessage().contains("not a Clientele project"), e.getMessage());

        Path escape = zip("escape.clientele", "models/../../evil.txt", "x");
        e = assertThrows(DataFileException.class, () -> ProjectArchive.open(escape, Files.createDirectories(dir.resolve("w"))));
        assertTrue(e.getMessage().contains("unexpected entry"), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("evil.txt")));
    }

    private Path zip(String name, String entry, String content) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }
}
