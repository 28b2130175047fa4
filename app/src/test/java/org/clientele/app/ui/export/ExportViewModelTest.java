package org.clientele.app.ui.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clientele.app.ui.common.DirectTaskRunner;
import org.clientele.app.ui.common.RecordingErrorDialogs;
import org.clientele.core.analysis.OpenedDataset;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.analysis.SegmentationRun;
import org.clientele.core.data.ColumnType;
import org.clientele.core.data.Table;
import org.clientele.core.report.MarketingList;
import org.clientele.core.segment.SegmentOptions;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Export tab without a screen: a two-segment table, choices → preview rows → CSV. */
class ExportViewModelTest {

    /** 30 big spenders (c0..c29: recent, frequent, 1,000+) and 30 lapsed one-timers (c30..c59: 20–49 spent). */
    private static Table table;
    private static SegmentationReport report;
    private static OpenedDataset dataset;

    @TempDir
    Path dir;
    private ExportViewModel model;

    @BeforeAll
    static void segment() {
        int n = 60;
        String[] ids = new String[n];
        double[] recency = new double[n];
        double[] frequency = new double[n];
        double[] monetary = new double[n];
        for (int i = 0; i < n; i++) {
            boolean big = i < 30;
            ids[i] = "c" + i;
            recency[i] = big ? 3 + i % 7 : 200 + i;
            frequency[i] = big ? 20 + i % 5 : 1;
            monetary[i] = big ? 1_000 + 10 * i : 20 + i % 30;
        }
        table = Table.of(List.of("customer_id", "recency_days", "frequency", "monetary"),
                List.of(ColumnType.IDENTIFIER, ColumnType.INTEGER, ColumnType.INTEGER, ColumnType.DECIMAL),
                Arrays.asList(null, recency, frequency, monetary), Arrays.asList(ids, null, null, null), "customer_id");
        report = SegmentationRun.run(Path.of("people.csv"), table,
                SegmentOptions.DEFAULT.withK(2).withBootstrap(0), Progress.NONE);
        dataset = new OpenedDataset(Path.of("people.csv"), null, null, table, null);
    }

    private RecordingErrorDialogs dialogs;

    @BeforeEach
    void open() {
        dialogs = new RecordingErrorDialogs();
        model = new ExportViewModel(new DirectTaskRunner(), dialogs);
        model.datasetProperty().set(dataset);
        model.segmentationProperty().set(report);
    }

    private int bigSegment() {
        return report.result().labels()[0];
    }

    private ExportViewModel.Choice<Integer> choice(int segment) {
        return model.segments().stream().filter(c -> c.key() == segment).findFirst().orElseThrow();
    }

    private List<String> previewIds() {
        return model.previewProperty().get().rows().stream().map(MarketingList.Row::customerId).toList();
    }

    @Test
    void showsEverySegmentWithItsSizeAndTheWholeListAtFirst() {
        assertTrue(model.readyProperty().get());
        assertEquals(2, model.segments().size());
        assertTrue(choice(bigSegment()).label().endsWith("(30)"), choice(bigSegment()).label());
        assertFalse(model.rfmSegments().isEmpty(), "the table has recency, frequency and monetary");
        assertEquals(List.of("recency_days", "frequency", "monetary"),
                model.bounds().stream().map(ExportViewModel.Bound::column).toList());
        assertEquals(60, model.previewProperty().get().size());
        double revenue = Arrays.stream(table.numericColumn(3)).sum();
        assertEquals(String.format("60 customers, revenue %,.0f (of 60)", revenue), model.summaryProperty().get());
        assertEquals("marketing-list.csv", model.suggestedFileName());
    }

    @Test
    void untickingASegmentAndTypingBoundsNarrowTheList() {
        int small = 1 - bigSegment();
        choice(small).selectedProperty().set(false);
        List<String> ids = previewIds();
        assertEquals(30, ids.size());
        assertEquals("c29", ids.get(0), "highest spend first");
        assertTrue(model.summaryProperty().get().startsWith("30 customers, revenue "));
        assertEquals(MarketingList.slug(report.segmentName(bigSegment())) + ".csv", model.suggestedFileName());

        ExportViewModel.Bound monetary = model.bounds().get(2);
        monetary.minProperty().set("1,200");
        assertEquals(10, previewIds().size(), "c20..c29 spent 1,200 or more");
        monetary.maxProperty().set("not a number");
        assertEquals(10, previewIds().size(), "text that is not a number is ignored");
        model.bounds().get(0).maxProperty().set("5");
        assertTrue(previewIds().size() < 10);

        model.selectAllSegments(false);
        assertEquals(0, model.previewProperty().get().size());
        assertTrue(model.summaryProperty().get().startsWith("0 customers"));
    }

    @Test
    void exportWritesThePreviewedRowsToTheFile() throws IOException {
        choice(1 - bigSegment()).selectedProperty().set(false);
        Path file = dir.resolve("list.csv");
        model.export(file);
        List<CSVRecord> rows = read(file);
        assertEquals(previewIds(), rows.stream().map(r -> r.get("customer_id")).toList());
        assertEquals(report.segmentName(bigSegment()), rows.get(0).get("segment_name"));
        assertFalse(rows.get(0).get("action").isBlank());
        assertTrue(model.messageProperty().get().startsWith("Wrote 30 customers to "), model.messageProperty().get());
        assertTrue(dialogs.shown().isEmpty(), () -> dialogs.shown().toString());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void perSegmentExportAsksBeforeReplacing() throws IOException {
        Path out = dir.resolve("split");
        assertEquals(List.of(), model.existingPerSegmentFiles(out));
        model.exportPerSegment(out, false);
        try (var files = Files.list(out)) {
            assertEquals(2, files.count());
        }
        assertEquals(2, model.existingPerSegmentFiles(out).size());
        model.exportPerSegment(out, false);
        assertTrue(dialogs.single().error() != null, "refuses to replace without asking");
        assertEquals("Could not export the list", dialogs.single().title());
        assertFalse(model.busyProperty().get(), "a refused export leaves the tab idle");
        model.exportPerSegment(out, true);
        assertEquals(1, dialogs.shown().size(), "replacing when asked is no error");
    }

    @Test
    void cancellingThePreparationLeavesTheTabIdleAndShowsNoError() {
        RecordingErrorDialogs quiet = new RecordingErrorDialogs();
        ExportViewModel cancelled = new ExportViewModel(DirectTaskRunner.cancelledByUser(), quiet);
        cancelled.datasetProperty().set(dataset);
        cancelled.segmentationProperty().set(report);
        assertFalse(cancelled.busyProperty().get(), "Cancel returns the tab to idle");
        assertFalse(cancelled.readyProperty().get());
        assertTrue(cancelled.messageProperty().get().contains("cancelled"), cancelled.messageProperty().get());
        assertTrue(quiet.shown().isEmpty(), () -> quiet.shown().toString());
    }

    @Test
    void clearingTheSegmentationShowsThePlaceholderAgain() {
        model.segmentationProperty().set(null);
        assertFalse(model.readyProperty().get());
        assertTrue(model.segments().isEmpty());
        assertNull(model.previewProperty().get());
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            return parser.getRecords();
        }
    }
}
