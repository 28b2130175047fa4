package org.clientele.core.predict;

import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.io.Json;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegressionComparisonTest {

    static ModelingData data;
    static RegressionResult result;

    /** y = 3 + 2a − b + noise, with a noise feature, a leaky copy of y, and some missing values. */
    static ModelingData linearData(int n, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[n][4];
        double[] y = new double[n];
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double a = r.nextGaussian() * 2;
            double b = r.nextGaussian() * 3;
            y[i] = 3 + 2 * a - b + 0.5 * r.nextGaussian();
            x[i] = new double[]{a, b, r.nextGaussian(), 2 * y[i] + 0.1 * r.nextGaussian()};
            if (i % 50 == 7) {
                x[i][2] = Double.NaN;
            }
            ids.add("c" + i);
        }
        return ModelingData.regression(ids, List.of("a", "b", "noise", "leaky"), x, y);
    }

    static RegressionOptions quick() {
        return RegressionOptions.defaults().withTarget("value").withForestTrees(20).withSearch(3, 2);
    }

    @BeforeAll
    static void run() {
        data = linearData(300, 1);
        result = RegressionComparison.run(data, quick(), Progress.NONE);
    }

    @Test
    void excludesTheLeakyColumnAndExplainsWhy() {
        assertEquals(List.of("a", "b", "noise"), result.report().features());
        assertEquals("leaky", result.report().excluded().get(0).feature());
        assertTrue(result.report().excluded().get(0).reason().startsWith("leakage"));
    }

    @Test
    void aLinearTruthIsFoundByALinearModelAndTheBaselineLearnsNothing() {
        assertTrue(List.of("linear", "lasso", "elastic-net").contains(result.best()), result.best());
        RegressionScore linear = result.score("linear");
        assertTrue(linear.r2() > 0.95, "linear test R2 " + linear.r2());
        assertTrue(linear.cvR2Mean() > 0.95);
        assertEquals(0.5, linear.rmse(), 0.15);
        RegressionScore mean = result.score("mean");
        assertTrue(mean.cvR2Mean() < 0.05 && mean.cvR2Mean() > -0.2, "baseline CV R2 " + mean.cvR2Mean());
        assertTrue(result.score("xgboost").cvR2Mean() > 0.8);
        assertFalse(result.score("xgboost").settings().isEmpty());
        assertEquals(5, linear.cvR2().length);
    }

    @Test
    void importancesRankTheRealDriversFirst() {
        List<Importance> imp = result.report().importances();
        assertEquals("a", imp.get(0).feature());
        assertEquals("b", imp.get(1).feature());
        assertEquals(0, imp.get(2).importance(), 0.02);
        assertEquals(3, result.report().gainImportances().size());
        assertEquals(3, result.report().vif().size());
    }

    @Test
    void heldOutPairsAreTheTestRows() {
        assertEquals(60, result.heldOut().size());
        HeldOutPrediction h = result.heldOut().get(0);
        assertEquals(h.actual() - h.predicted(), h.residual(), 1e-12);
    }

    @Test
    void savedBundleGivesIdenticalPredictionsAfterLoading(@TempDir Path dir) {
        for (String model : List.of("linear", "xgboost", "random-forest")) {
            RegressionResult r = RegressionComparison.run(data, quick().withModels(List.of(model)), Progress.NONE);
            Path d = dir.resolve(model);
            r.bundle().save(d);
            ModelBundle loaded = ModelBundle.load(d);
            double[][] rows = data.selectFeatures(loaded.features()).x();
            assertArrayEquals(r.bundle().predictValues(rows), loaded.predictValues(rows), 0.0, model);
            assertEquals(model, loaded.modelName());
        }
    }

    @Test
    void onePersonPredictionExplainsItselfAndToleratesMissingValues(@TempDir Path dir) {
        RegressionResult r = RegressionComparison.run(data, quick().withModels(List.of("xgboost")), Progress.NONE);
        r.bundle().save(dir);
        ModelBundle b = ModelBundle.load(dir);
        Map<String, Double> person = new HashMap<>(Map.of("a", 1.0, "b", -2.0));
        ValuePrediction p = b.predictValue(person);
        assertEquals(List.of("noise"), p.missingFeatures());
        assertEquals(3 + 2 - (-2), p.prediction(), 1.5);
        double sum = p.contributions().values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(p.prediction(), sum, 1e-3, "SHAP values add up to the prediction");
        assertTrue(Math.abs(p.contributions().get("a")) > Math.abs(p.contributions().get("noise")));
    }

    @Test
    void modelsJsonHasTheContractKeys(@TempDir Path dir) throws Exception {
        result.bundle().save(dir);
        JsonNode json = Json.mapper().readTree(dir.resolve("models.json").toFile());
        assertEquals("value", json.get("target").asText());
        assertEquals("regression", json.get("task").asText());
        assertEquals(6, json.get("models").size());
        for (String key : List.of("name", "rmse", "mae", "r2", "cvR2Mean", "cvR2Std")) {
            assertTrue(json.get("models").get(0).has(key), key);
        }
        assertTrue(json.get("excluded").get(0).has("reason"));
        assertTrue(json.get("importances").get(0).has("importance"));
        assertEquals(result.best(), json.get("best").asText());
        assertEquals(42, json.get("provenance").get("seed").asInt());
    }

    @Test
    void aSkewedTargetIsTriedOnTheLogScale() {
        Random r = new Random(2);
        int n = 300;
        double[][] x = new double[n][2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = r.nextGaussian();
            x[i][1] = r.nextGaussian();
            y[i] = Math.exp(1 + x[i][0] + 0.3 * r.nextGaussian()); // log-normal spend
        }
        RegressionResult lr = RegressionComparison.run(ModelingData.regression(null, List.of("f1", "f2"), x, y),
                quick().withModels(List.of("mean", "linear")), Progress.NONE);
        assertFalse(Double.isNaN(lr.scaleChoice().cvR2Log()), lr.scaleChoice().reason());
        assertEquals(TargetScale.LOG1P, lr.scaleChoice().scale(), lr.scaleChoice().reason());
    }
}
