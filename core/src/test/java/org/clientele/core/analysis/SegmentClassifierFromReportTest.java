package org.clientele.core.analysis;

import org.clientele.core.data.ColumnType;
import org.clientele.core.data.Table;
import org.clientele.core.predict.ClassificationOptions;
import org.clientele.core.predict.RegressionOptions;
import org.clientele.core.predict.SegmentPrediction;
import org.clientele.core.segment.SegmentOptions;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Training the segment classifier from a segmentation in memory gives what training from its saved files gives. */
class SegmentClassifierFromReportTest {

    static final Path FILE = Path.of("customers.csv");
    static Table table;
    static SegmentationReport report;

    /** Three clear groups of customers: recency, frequency and monetary around different centres. */
    @BeforeAll
    static void segment() {
        Random r = new Random(7);
        int n = 240;
        String[] ids = new String[n];
        double[] recency = new double[n];
        double[] frequency = new double[n];
        double[] monetary = new double[n];
        double[][] centres = {{10, 20, 2000}, {200, 2, 80}, {60, 8, 500}};
        for (int i = 0; i < n; i++) {
            double[] c = centres[i % 3];
            ids[i] = "C" + (1000 + i);
            recency[i] = Math.max(0, c[0] * (1 + 0.15 * r.nextGaussian()));
            frequency[i] = Math.max(1, Math.round(c[1] * (1 + 0.15 * r.nextGaussian())));
            monetary[i] = Math.max(1, c[2] * (1 + 0.15 * r.nextGaussian()));
        }
        table = Table.of(List.of("customer_id", "recency_days", "frequency", "monetary"),
                List.of(ColumnType.CATEGORICAL, ColumnType.INTEGER, ColumnType.INTEGER, ColumnType.DECIMAL),
                Arrays.asList(null, recency, frequency, monetary), Arrays.asList(ids, null, null, null), "customer_id");
        report = SegmentationRun.run(FILE, table, SegmentOptions.DEFAULT.withK(3).withBootstrap(0), Progress.NONE);
    }

    static ClassificationOptions quick() {
        return ClassificationOptions.defaults().withModels(List.of("majority", "logistic")).withFolds(3);
    }

    @Test
    void labelsFromMemoryMatchTheFilesASegmentRunWrites(@TempDir Path dir) {
        report.writeJson(dir.resolve(SegmentLabels.SEGMENTS));
        report.writeAssignments(dir.resolve(SegmentLabels.ASSIGNMENTS));
        SegmentLabels read = SegmentLabels.read(dir);
        SegmentLabels of = SegmentLabels.of(report);
        assertNull(of.dir());
        assertEquals(read.idColumn(), of.idColumn());
        assertEquals(read.ids(), of.ids());
        assertArrayEquals(read.segments(), of.segments());
        assertEquals(read.names(), of.names());
        assertEquals(read.features(), of.features());
    }

    @Test
    void trainsTheSameClassifierFromMemoryAsFromTheSavedRun(@TempDir Path dir) {
        report.writeJson(dir.resolve(SegmentLabels.SEGMENTS));
        report.writeAssignments(dir.resolve(SegmentLabels.ASSIGNMENTS));
        TrainingResult fromFiles = TrainingRun.segmentClassifier(FILE, table, dir, quick(), Progress.NONE);
        TrainingResult fromMemory = TrainingRun.segmentClassifier(FILE, table, report, quick(), Progress.NONE);

        assertEquals(fromFiles.rows(), fromMemory.rows());
        assertEquals(fromFiles.report().best(), fromMemory.report().best());
        assertEquals(fromFiles.report().models().get(1).accuracy(), fromMemory.report().models().get(1).accuracy());
        assertEquals(fromFiles.bundle().segmentNames(), fromMemory.bundle().segmentNames());
        assertTrue(fromMemory.report().models().get(1).accuracy() > 0.95, "clear groups are learnt");

        // The best model's held-out confusion matrix and per-segment scores come with the result.
        assertNotNull(fromMemory.bestMetrics());
        int k = fromMemory.bundle().classNames().size();
        assertEquals(3, k);
        assertEquals(k, fromMemory.bestMetrics().confusion().length);
        int total = Arrays.stream(fromMemory.bestMetrics().confusion()).flatMapToInt(Arrays::stream).sum();
        assertEquals(fromMemory.bestMetrics().n(), total);
        assertEquals(k, fromMemory.bestMetrics().perClass().size());
        assertTrue(fromMemory.heldOut().isEmpty());

        // A customer like the first group's centre lands in the segment its look-alikes were given.
        SegmentPrediction p = fromMemory.bundle().predictSegment(Map.of("recency_days", 10.0, "frequency", 20.0,
                "monetary", 2000.0));
        int expected = report.result().labels()[0];
        assertEquals(String.valueOf(expected), p.segment());
        assertEquals(report.segmentName(expected), p.segmentName());
        assertFalse(p.outOfDistribution());
    }

    @Test
    void regressionResultCarriesHeldOutPredictions() {
        RegressionOptions o = RegressionOptions.defaults().withModels(List.of("mean", "linear")).withFolds(3)
                .withLogTarget(RegressionOptions.LogTarget.NEVER);
        TrainingResult r = TrainingRun.regression(FILE, table, "monetary", null, o, Progress.NONE);
        assertNull(r.bestMetrics());
        assertFalse(r.heldOut().isEmpty());
        assertTrue(r.heldOut().size() < table.rowCount());
    }

    @Test
    void featureRangesSkipTextAndIgnoreMissingValues() {
        List<FeatureRange> ranges = FeatureRange.of(table, List.of("customer_id", "frequency", "absent"));
        assertEquals(1, ranges.size());
        assertEquals("frequency", ranges.get(0).feature());
        assertTrue(ranges.get(0).min() >= 1);
        FeatureRange r = FeatureRange.of("x", new double[] {5, Double.NaN, 1, 3, 2});
        assertEquals(1, r.min());
        assertEquals(5, r.max());
        assertEquals(2.5, r.median());
        assertEquals(4, r.values());
        assertTrue(r.contains(5) && !r.contains(5.01));
        List<String> none = new ArrayList<>();
        assertTrue(FeatureRange.of(table, none).isEmpty());
    }
}
