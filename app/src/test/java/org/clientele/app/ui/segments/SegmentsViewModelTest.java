package org.clientele.app.ui.segments;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.clientele.app.ui.common.DirectTaskRunner;
import org.clientele.app.ui.common.RecordingErrorDialogs;
import org.clientele.app.ui.map.MapViewModel;
import org.clientele.core.analysis.DatasetOpener;
import org.clientele.core.analysis.OpenedDataset;
import org.clientele.core.analysis.SegmentMap;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.segment.Algorithm;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Segments and Map view models without a screen: run, pick k, rename, select on the map. */
class SegmentsViewModelTest {

    @TempDir
    Path dir;

    private final ObjectProperty<OpenedDataset> dataset = new SimpleObjectProperty<>();
    private final ObjectProperty<SegmentationReport> report = new SimpleObjectProperty<>();
    private SegmentsViewModel model;

    /** Three groups of 50 customers: recent frequent big spenders, middling, lapsed small ones. */
    private Path customers() throws Exception {
        Random random = new Random(3);
        StringBuilder csv = new StringBuilder("customer_id,recency_days,frequency,monetary,age\n");
        for (int i = 0; i < 150; i++) {
            int g = i / 50;
            csv.append(String.format(Locale.ROOT, "C%03d,%d,%d,%.2f,%d%n", i, 10 + 120 * g + random.nextInt(10),
                    20 - 8 * g + random.nextInt(3), 2000.0 / (1 + 3 * g) + random.nextInt(50), 20 + random.nextInt(40)));
        }
        return Files.writeString(dir.resolve("customers.csv"), csv);
    }

    private final RecordingErrorDialogs dialogs = new RecordingErrorDialogs();

    @BeforeEach
    void open() throws Exception {
        dataset.set(DatasetOpener.open(customers(), ReadOptions.DEFAULT, Progress.NONE));
        model = new SegmentsViewModel(dataset, report, new DirectTaskRunner(), dialogs);
        model.kMaxProperty().set(5);
    }

    @Test
    void offersTheNumericColumnsAndPrefersRecencyFrequencyMonetary() {
        assertEquals(List.of("recency_days", "frequency", "monetary", "age"), model.numericColumns());
        assertEquals(List.of("recency_days", "frequency", "monetary"), model.features());
        model.setFeature("age", true);
        assertEquals(List.of("recency_days", "frequency", "monetary", "age"), model.features(), "table order kept");
        model.setFeature("frequency", false);
        assertEquals(List.of("recency_days", "monetary", "age"), model.options(null).features());
    }

    @Test
    void runPublishesTheReportAndKeepsTheSweep() {
        model.run();
        SegmentationReport r = report.get();
        assertNotNull(r);
        assertEquals(3, r.result().k(), "three groups");
        SegmentsViewModel.SweepView sweep = model.sweepProperty().get();
        assertEquals(3, sweep.points().size(), "k = 3..5: the range starts at 3 by default");
        assertEquals(3, sweep.autoK());
        assertEquals(r.result().kChoice().sentence(), sweep.explanation());
        assertTrue(sweep.explanation().startsWith("k = 3 of 3–5: "), sweep.explanation());
        assertNotNull(r.rfm(), "the table has recency, frequency and monetary");
        assertTrue(dialogs.shown().isEmpty(), () -> dialogs.shown().toString());
    }

    @Test
    void pickingKRerunsWithThatKAndKeepsTheAutomaticSweep() {
        model.run();
        SegmentsViewModel.SweepView sweep = model.sweepProperty().get();
        model.pickK(4);
        assertEquals(4, report.get().result().k());
        assertEquals("user", report.get().result().kChosenBy());
        assertSame(sweep, model.sweepProperty().get());
        assertEquals(4, model.currentK());
    }

    @Test
    void renamingRepublishesTheReportWithTheNewName() {
        model.run();
        SegmentationReport before = report.get();
        model.rename(1, "Sleepy regulars");
        assertEquals("Sleepy regulars", report.get().segmentName(1));
        assertEquals("Sleepy regulars", report.get().segments().get(1).name());
        assertSame(before.result(), report.get().result(), "no re-run");
        SegmentationReport renamed = report.get();
        model.rename(1, "Sleepy regulars");
        assertSame(renamed, report.get(), "same name: nothing republished");
    }

    @Test
    void anotherAlgorithmAndErrorsAreReported() {
        model.algorithmProperty().set(Algorithm.WARD);
        model.run();
        assertEquals(Algorithm.WARD, report.get().result().algorithm());
        model.features().setAll(List.of("no_such_column"));
        model.run();
        assertNotNull(dialogs.single().error());
        assertEquals("Could not segment the customers", dialogs.single().title());
        assertTrue(model.failedProperty().get());
        assertFalse(model.runningProperty().get(), "a failed run leaves the tab idle");
    }

    @Test
    void cancellingLeavesTheTabIdleAndShowsNoError() {
        model.run();
        SegmentationReport before = report.get();
        SegmentsViewModel cancelled = new SegmentsViewModel(dataset, report, DirectTaskRunner.cancelledByUser(), dialogs);
        cancelled.run();
        assertFalse(cancelled.runningProperty().get(), "Cancel returns the tab to idle");
        assertFalse(cancelled.failedProperty().get());
        assertTrue(dialogs.shown().isEmpty(), "cancelling is not an error: " + dialogs.shown());
        assertSame(before, report.get(), "the last result stays");
        cancelled.pickK(4);
        assertFalse(cancelled.runningProperty().get());
        assertSame(before, report.get());
    }

    @Test
    void settingsAreRememberedPerFileAndRestoredWhenItIsOpenedAgain() throws Exception {
        java.util.prefs.Preferences node = java.util.prefs.Preferences.userRoot()
                .node("clientele-test-segments-" + java.util.UUID.randomUUID());
        try {
            SegmentSettingsStore store = new SegmentSettingsStore(node);
            SegmentsViewModel first = new SegmentsViewModel(dataset, report, new DirectTaskRunner(), dialogs, store);
            first.algorithmProperty().set(Algorithm.WARD);
            first.kMinProperty().set(2);
            first.kMaxProperty().set(4);
            first.seedProperty().set(7);
            first.setFeature("age", true);
            first.setFeature("frequency", false);
            first.run();

            // another file: the defaults, nothing carried over
            Path other = Files.writeString(dir.resolve("other.csv"), Files.readString(dir.resolve("customers.csv")));
            dataset.set(DatasetOpener.open(other, ReadOptions.DEFAULT, Progress.NONE));
            SegmentsViewModel fresh = new SegmentsViewModel(dataset, report, new DirectTaskRunner(), dialogs, store);
            assertEquals(Algorithm.KMEANS, fresh.algorithmProperty().get());
            assertEquals(List.of("recency_days", "frequency", "monetary"), fresh.features());

            // the first file again, in a new session: its settings come back
            dataset.set(DatasetOpener.open(dir.resolve("customers.csv"), ReadOptions.DEFAULT, Progress.NONE));
            SegmentsViewModel again = new SegmentsViewModel(dataset, report, new DirectTaskRunner(), dialogs, store);
            assertEquals(Algorithm.WARD, again.algorithmProperty().get());
            assertEquals(2, again.kMinProperty().get());
            assertEquals(4, again.kMaxProperty().get());
            assertEquals(7, again.seedProperty().get());
            assertEquals(List.of("recency_days", "monetary", "age"), again.features());
            // and a model already showing another file picks them up when the file is reopened
            dataset.set(DatasetOpener.open(other, ReadOptions.DEFAULT, Progress.NONE));
            fresh.algorithmProperty().set(Algorithm.GMM);
            dataset.set(DatasetOpener.open(dir.resolve("customers.csv"), ReadOptions.DEFAULT, Progress.NONE));
            assertEquals(Algorithm.WARD, fresh.algorithmProperty().get());
        } finally {
            node.removeNode();
        }
    }

    @Test
    void newFileClearsTheSweep() throws Exception {
        model.run();
        dataset.set(DatasetOpener.open(customers(), ReadOptions.DEFAULT, Progress.NONE));
        assertNull(model.sweepProperty().get());
    }

    @Test
    void mapShowsOneGroupPerSegmentAndSelectsCustomersInARectangle() {
        MapViewModel map = new MapViewModel(dataset, report);
        assertNull(map.mapProperty().get());
        model.run();
        SegmentMap m = map.mapProperty().get();
        assertEquals(3, m.groups().size());
        assertEquals(150, m.drawn());
        assertTrue(map.axisTitle(0).matches("PC1 \\(\\d+% of variance\\)"), map.axisTitle(0));

        map.select(-1e9, 1e9, -1e9, 1e9);
        assertEquals(150, map.selection().size());
        MapViewModel.Customer c = map.selection().get(0);
        assertEquals("C000", c.id());
        assertEquals(List.of("recency_days", "frequency", "monetary"), map.featuresProperty().get());
        assertEquals(3, c.values().length);
        assertTrue(c.values()[0] >= 10 && c.values()[0] < 20, "original units, not standardised");

        model.rename(c.label(), "Renamed");
        assertEquals("Renamed", map.selection().get(0).segment(), "a rename keeps the selection and shows the name");
        model.pickK(2);
        assertEquals(0, map.selection().size(), "a new segmentation clears the selection");
        assertEquals(2, map.mapProperty().get().groups().size());
    }
}
