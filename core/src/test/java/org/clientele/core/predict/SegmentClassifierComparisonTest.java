package org.clientele.core.predict;

import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.io.Json;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmentClassifierComparisonTest {

    static final double[][] CENTRES = {{0, 0, 0}, {10, 0, 5}, {0, 10, -5}, {10, 10, 0}};
    static ModelingData blobs;
    static ClassificationResult result;

    /** Four well-separated segments of unequal size (40%, 30%, 20%, 10%). */
    static ModelingData blobs(int n, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[n][3];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            double u = r.nextDouble();
            y[i] = u < 0.4 ? 0 : u < 0.7 ? 1 : u < 0.9 ? 2 : 3;
            for (int j = 0; j < 3; j++) {
                x[i][j] = CENTRES[y[i]][j] + r.nextGaussian();
            }
        }
        return ModelingData.classification(null, List.of("recency", "frequency", "monetary"), x, y,
                List.of("0", "1", "2", "3"));
    }

    static ClassificationOptions quick() {
        return ClassificationOptions.defaults().withForestTrees(30)
                .withTarget("segment", List.of("Loyal", "New", "Lapsed", "Big spenders"));
    }

    @BeforeAll
    static void run() {
        blobs = blobs(400, 3);
        result = SegmentClassifierComparison.run(blobs, quick(), Progress.NONE);
    }

    @Test
    void realModelsSeparateClearSegmentsAndTheBaselineDoesNot() {
        for (String m : List.of("logistic", "random-forest", "xgboost")) {
            assertTrue(result.score(m).accuracy() >= 0.97, m + " accuracy " + result.score(m).accuracy());
            assertTrue(result.score(m).cvMacroF1Mean() >= 0.95, m + " CV macro-F1 " + result.score(m).cvMacroF1Mean());
        }
        ClassifierScore majority = result.score("majority");
        assertTrue(majority.accuracy() < 0.5, "baseline accuracy " + majority.accuracy());
        assertTrue(majority.macroF1() < 0.2);
        assertFalse(result.best().equals("majority"));
        assertEquals("cvMacroF1Mean", result.report().bestChosenBy());
        int[][] confusion = result.score("xgboost").test().confusion();
        assertEquals(4, confusion.length);
    }

    @Test
    void onePersonGetsASegmentWithNormalisedProbabilities() {
        SegmentPrediction p = result.bundle().predictSegment(Map.of("recency", 10.2, "frequency", 0.3,
                "monetary", 4.5));
        assertEquals("1", p.segment());
        assertEquals("New", p.segmentName());
        assertEquals(1.0, p.probabilities().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        assertFalse(p.outOfDistribution());
        assertTrue(p.missingFeatures().isEmpty());
    }

    @Test
    void aCustomerFarFromEverySegmentIsFlagged() {
        SegmentPrediction far = result.bundle().predictSegment(Map.of("recency", 60.0, "frequency", -40.0,
                "monetary", 30.0));
        assertTrue(far.outOfDistribution(), "distance " + far.distance() + " threshold " + far.threshold());
        SegmentPrediction missing = result.bundle().predictSegment(Map.of("recency", 0.1));
        assertEquals(List.of("frequency", "monetary"), missing.missingFeatures());
    }

    @Test
    void savedBundleGivesIdenticalProbabilitiesAfterLoading(@TempDir Path dir) throws Exception {
        for (String model : List.of("logistic", "random-forest", "xgboost")) {
            ClassificationResult r = SegmentClassifierComparison.run(blobs, quick().withModels(List.of(model)),
                    Progress.NONE);
            Path d = dir.resolve(model);
            r.bundle().save(d);
            ModelBundle loaded = ModelBundle.load(d);
            double[][] before = r.bundle().probabilities(blobs.x());
            double[][] after = loaded.probabilities(blobs.x());
            for (int i = 0; i < before.length; i++) {
                assertArrayEquals(before[i], after[i], 0.0, model);
            }
            assertEquals(List.of("Loyal", "New", "Lapsed", "Big spenders"), loaded.segmentNames());
            JsonNode json = Json.mapper().readTree(d.resolve("models.json").toFile());
            assertEquals("classification", json.get("task").asText());
            for (String key : List.of("name", "accuracy", "macroF1", "cvAccuracyMean", "cvAccuracyStd")) {
                assertTrue(json.get("models").get(0).has(key), key);
            }
        }
    }

    @Test
    void xgboostExplainsThePredictedSegment() {
        ClassificationResult r = SegmentClassifierComparison.run(blobs, quick().withModels(List.of("xgboost")),
                Progress.NONE);
        SegmentPrediction p = r.bundle().predictSegment(Map.of("recency", 10.0, "frequency", 10.0, "monetary", 0.0));
        assertEquals("3", p.segment());
        assertEquals(4, p.contributions().size()); // three features and the bias
        assertEquals(3, r.report().gainImportances().size());
    }
}
