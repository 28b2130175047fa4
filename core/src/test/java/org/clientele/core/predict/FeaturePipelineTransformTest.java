package org.clientele.core.predict;

import org.clientele.core.features.FeatureOptions;
import org.clientele.core.io.Json;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeaturePipelineTransformTest {

    private static final List<String> NAMES = List.of("spend", "constant", "age");
    // spend is right-skewed and non-negative (log1p applies), constant never varies, age is symmetric.
    private static final double[][] TRAINING = {
            {0, 7, 30}, {1, 7, 40}, {2, 7, 50}, {3, 7, 60}, {100, 7, Double.NaN}};

    private final FittedRowTransform fitted = FeaturePipelineTransform.fitting(FeatureOptions.DEFAULT)
            .fit(NAMES, TRAINING);

    @Test
    void keepsEveryColumnAndMapsADroppedConstantColumnToZero() {
        assertEquals(NAMES, fitted.featureNames());
        double[] row = fitted.apply(new double[] {1, 7, 45});
        assertEquals(3, row.length);
        assertEquals(0, row[1]);
    }

    @Test
    void replaysParametersLearnedOnTheTrainingRowsOnly() {
        // age: the median of 30, 40, 50, 60 (45) fills the missing value before mean and std are taken.
        double mean = (30 + 40 + 50 + 60 + 45) / 5.0;
        double sd = Math.sqrt((Math.pow(30 - mean, 2) + Math.pow(40 - mean, 2) + Math.pow(50 - mean, 2)
                + Math.pow(60 - mean, 2) + Math.pow(45 - mean, 2)) / 5);
        assertEquals((70 - mean) / sd, fitted.apply(new double[] {1, 7, 70})[2], 1e-12);
        assertEquals((45 - mean) / sd, fitted.apply(new double[] {1, 7, Double.NaN})[2], 1e-12);
        // spend is logged: log1p(100) sits far less above the rest than 100 would.
        assertTrue(fitted.steps().stream().anyMatch(s -> s.startsWith("log1p(spend)")), fitted.steps()::toString);
    }

    @Test
    void aValueTheLogCannotTakeIsTreatedAsMissingNotNaN() {
        double[] odd = fitted.apply(new double[] {-5, 7, 45});
        double[] missing = fitted.apply(new double[] {Double.NaN, 7, 45});
        assertEquals(missing[0], odd[0]);
        assertTrue(Double.isFinite(odd[0]));
    }

    @Test
    void roundTripsThroughJsonAsAFittedRowTransform() throws Exception {
        String json = Json.write((FittedRowTransform) fitted);
        assertTrue(json.contains("\"feature-pipeline\""), json);
        FittedRowTransform back = Json.mapper().readValue(json, FittedRowTransform.class);
        assertInstanceOf(FeaturePipelineTransform.class, back);
        double[] row = {3.5, 7, 33};
        assertArrayEquals(fitted.apply(row), back.apply(row), 0);
    }
}
