package org.clientele.core.predict;

import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.features.FeatureOptions;
import org.clientele.core.io.Json;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputTransformChoiceTest {

    /** Two log-normal (skewed, non-negative) inputs; y = 5 + 2·g(a) + 3·g(b) + noise. */
    static ModelingData table(int n, long seed, DoubleUnaryOperator g, double noise) {
        Random r = new Random(seed);
        double[][] x = new double[n][2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double a = Math.exp(1.2 * r.nextGaussian() + 3);
            double b = Math.exp(r.nextGaussian() + 2);
            x[i] = new double[]{a, b};
            y[i] = 5 + 2 * g.applyAsDouble(a) + 3 * g.applyAsDouble(b) + noise * r.nextGaussian();
        }
        return ModelingData.regression(null, List.of("a", "b"), x, y);
    }

    static RegressionOptions linearOnly() {
        return RegressionOptions.defaults().withTarget("y").withModels(List.of("mean", "linear"))
                .withLogTarget(RegressionOptions.LogTarget.NEVER);
    }

    @Test
    void aTargetLinearInTheRawInputsGetsRawInputs() {
        ModelingData d = table(400, 1, v -> v, 20);
        RegressionScore linear = RegressionComparison.run(d, linearOnly(), Progress.NONE).score("linear");
        assertEquals("raw", linear.inputTransform(), linear.inputTransformCvR2().toString());
        assertTrue(linear.inputTransformCvR2().get("raw") > linear.inputTransformCvR2().get("log1p") + 0.05,
                linear.inputTransformCvR2().toString());
    }

    @Test
    void aTargetLinearInTheLogInputsGetsLog1p() {
        ModelingData d = table(400, 2, Math::log1p, 0.3);
        RegressionScore linear = RegressionComparison.run(d, linearOnly(), Progress.NONE).score("linear");
        assertEquals("log1p", linear.inputTransform(), linear.inputTransformCvR2().toString());
        assertTrue(linear.cvR2Mean() > 0.9, "CV R2 " + linear.cvR2Mean());
    }

    @Test
    void theReportListsEveryAlternativesCvScoreAndTreesGetRawInputs(@TempDir Path dir) throws Exception {
        ModelingData d = table(300, 3, Math::log1p, 0.3);
        // An added model (the extension point, e.g. a neural net) is searched like the linear ones.
        RegressionCandidate added = new RegressionCandidate() {
            @Override
            public String name() {
                return "added";
            }

            @Override
            public FittedRegressor fit(List<String> names, double[][] x, double[] y, long seed) {
                return LinearFormula.fit(names, x, y);
            }
        };
        RegressionResult r = RegressionComparison.run(d, RegressionOptions.defaults().withTarget("y")
                .withModels(List.of("mean", "linear", "lasso", "xgboost")).withExtraCandidates(List.of(added))
                .withSearch(2, 2), Progress.NONE);
        for (String model : List.of("linear", "lasso", "added")) {
            RegressionScore s = r.score(model);
            assertEquals(List.of("raw", "log1p", "both"), List.copyOf(s.inputTransformCvR2().keySet()), model);
            assertEquals(s.cvR2Mean(), s.inputTransformCvR2().get(s.inputTransform()), 1e-12,
                    "the reported CV R2 is the chosen alternative's");
        }
        assertEquals("raw", r.score("xgboost").inputTransform());
        assertTrue(r.score("xgboost").inputTransformCvR2().isEmpty(), "trees are not searched");
        r.bundle().save(dir);
        JsonNode linear = Json.mapper().readTree(dir.resolve("models.json").toFile()).get("models").get(1);
        assertEquals("linear", linear.get("name").asText());
        for (String key : List.of("inputTransform", "tableCvR2Mean", "tableCvR2Std")) {
            assertTrue(linear.has(key), key);
        }
        assertEquals(3, linear.get("inputTransformCvR2").size());
    }

    @Test
    void smallTablesGetRepeatedKFoldOnTheWholeTable() {
        RegressionOptions o = RegressionOptions.defaults();
        assertEquals(3, o.tableCvRepeatsFor(999));
        assertEquals(1, o.tableCvRepeatsFor(1000));
        RegressionResult r = RegressionComparison.run(table(300, 4, v -> v, 20), linearOnly(), Progress.NONE);
        assertEquals(15, r.score("linear").tableCvR2().length, "5 folds x 3 repeats on 300 rows");
        assertEquals(5, r.score("linear").cvR2().length, "the training part keeps plain 5-fold CV");
        Validation v = r.report().validation();
        assertEquals(3, v.tableCvRepeats());
        assertTrue(v.r2().contains("held-out") && v.cvR2Mean().contains("training rows")
                && v.tableCvR2Mean().contains("whole table"), v.toString());
        RegressionResult off = RegressionComparison.run(table(300, 4, v2 -> v2, 20),
                linearOnly().withTableCv(false), Progress.NONE);
        assertEquals(0, off.score("linear").tableCvR2().length);
        assertTrue(Double.isNaN(off.score("linear").tableCvR2Mean()));
    }

    @Test
    void theOneStandardErrorRuleOnPairedFolds() {
        // Differences 0.02, 0.00, 0.04, 0.02: mean 0.02, sample sd 0.01633, se 0.00816 -> a real gain.
        double[] best = {0.82, 0.80, 0.84, 0.82};
        assertFalse(InputTransformChoice.withinOneStandardError(best, new double[]{0.80, 0.80, 0.80, 0.80}));
        // Differences 0.02, -0.02, 0.01, -0.005: mean 0.00125, se 0.0091 -> noise, keep the simpler.
        assertTrue(InputTransformChoice.withinOneStandardError(best, new double[]{0.80, 0.82, 0.83, 0.825}));
        InputTransformChoice choice = InputTransformChoice.forCandidate(RegressionModels.byName("linear",
                RegressionOptions.defaults()), RegressionOptions.defaults());
        InputTransformChoice.Outcome o = choice.choose(List.of(new double[]{0.80, 0.82, 0.83, 0.825},
                new double[]{0.5, 0.5, 0.5, 0.5}, best));
        assertEquals(InputScale.RAW, o.chosen(), "both is not clearly better than raw");
        assertEquals(0.81875, o.cvR2ByLabel().get("raw"), 1e-12);
        // A gain of 0.15 from one fold only (differences 0.6, -0.4, 0.4, 0: se 0.22) is not confirmed.
        double[] noisyRaw = {0.3, 0.9, 0.5, 0.9};
        double[] noisyBoth = {0.9, 0.5, 0.9, 0.9};
        assertTrue(InputTransformChoice.withinOneStandardError(noisyBoth, noisyRaw));
        assertEquals(InputScale.RAW, choice.choose(List.of(noisyRaw, new double[]{0, 0, 0, 0}, noisyBoth)).chosen());
        // A steady gain (differences 0.1, 0.12, 0.08, 0.1) is.
        assertEquals(InputScale.BOTH, choice.choose(List.of(new double[]{0.7, 0.7, 0.7, 0.7},
                new double[]{0, 0, 0, 0}, new double[]{0.8, 0.82, 0.78, 0.8})).chosen());
    }

    @Test
    void bothKeepsTheRawColumnsAndAddsLoggedCopiesOfSkewedOnes() {
        double[][] rows = {{1, -1}, {2, 0}, {3, 1}, {4, 2}, {100, 3}, {5, -2}, {7, 0}, {3, 1}};
        InputScaleTransform t = InputScaleTransform.fit(List.of("spend", "delta"), rows, InputScale.BOTH, false);
        assertEquals(List.of("spend", "delta", "log1p(spend)"), t.outputNames());
        assertArrayEquals(new double[]{100, 3, Math.log1p(100)}, t.apply(rows[4]), 1e-12);
        InputScaleTransform raw = InputScaleTransform.fit(List.of("spend", "delta"), rows, InputScale.RAW, false);
        assertArrayEquals(new double[]{100, 3}, raw.apply(rows[4]), 1e-12);
        assertArrayEquals(new double[]{3.5, 3}, raw.apply(new double[]{Double.NaN, 3}), 1e-12,
                "missing values take the training median");
    }

    @Test
    void aBundleAppliesTheChosenTransformAtPredictTimeAndAFixedTransformStillWorks(@TempDir Path dir)
            throws Exception {
        ModelingData d = table(300, 5, Math::log1p, 0.3);
        RegressionOptions o = linearOnly().withModels(List.of("linear")).withInputScales(List.of(InputScale.BOTH));
        RegressionResult chosen = RegressionComparison.run(d, o, Progress.NONE);
        chosen.bundle().save(dir.resolve("both"));
        ModelBundle loaded = ModelBundle.load(dir.resolve("both"));
        assertArrayEquals(chosen.bundle().predictValues(d.x()), loaded.predictValues(d.x()), 1e-9);
        assertTrue(loaded.preprocessing().get(0).startsWith("input transform: both"), loaded.preprocessing().toString());
        assertTrue(loaded.predictValue(java.util.Map.of("a", 20.0, "b", 7.0)).contributions()
                .containsKey("log1p(a)"));

        // The transform of bundles saved before the choice existed: the segmentation pipeline for every model.
        RegressionResult fixed = RegressionComparison.run(d, linearOnly().withModels(List.of("lasso"))
                .withTransform(FeaturePipelineTransform.fitting(FeatureOptions.DEFAULT)), Progress.NONE);
        assertNull(fixed.score("lasso").inputTransform());
        fixed.bundle().save(dir.resolve("fixed"));
        // Strip what older versions did not write, so this is an old bundle byte for byte in its keys.
        Path report = dir.resolve("fixed").resolve("models.json");
        com.fasterxml.jackson.databind.node.ObjectNode json =
                (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().readTree(report.toFile());
        json.remove("validation");
        for (JsonNode m : json.get("models")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) m).remove(
                    List.of("inputTransform", "inputTransformCvR2", "tableCvR2Mean", "tableCvR2Std"));
        }
        Json.mapper().writeValue(report.toFile(), json);
        ModelBundle old = ModelBundle.load(dir.resolve("fixed"));
        assertNull(old.report().validation());
        assertNull(old.report().models().get(0).inputTransform());
        assertArrayEquals(fixed.bundle().predictValues(d.x()), old.predictValues(d.x()), 1e-9);
        assertEquals(fixed.bundle().preprocessing(), old.preprocessing());
    }
}
