package org.clientele.core.features;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeaturePipelineTest {

    private static final double NaN = Double.NaN;

    private static FeatureInput input() {
        // monetary: strongly right-skewed; age: symmetric with one missing; flag: constant
        return new FeatureInput(List.of("a", "b", "c", "d", "e"), "id", List.of("monetary", "age", "flag"),
                new double[][]{
                        {1, 2, 3, 4, 1000},
                        {20, 30, NaN, 40, 50},
                        {7, 7, 7, 7, 7}});
    }

    @Test
    void imputesMedianLogsSkewedStandardizesAndDropsConstant() {
        FittedFeaturePipeline fit = FeaturePipeline.fit(input(), FeatureOptions.DEFAULT);
        assertEquals(List.of("monetary", "age"), fit.featureNames());
        double[][] x = fit.transform(input());
        assertEquals(5, x.length);
        assertEquals(2, x[0].length);
        // age median of 20,30,40,50 = 35 fills row c; then the column has mean 35, population std sqrt(100)
        assertEquals(0.0, x[2][1], 1e-12);
        assertEquals((20 - 35) / 10.0, x[0][1], 1e-12);
        // monetary: log1p then z-score, so the transformed column has mean 0 and population std 1
        double mean = 0;
        double ss = 0;
        for (double[] r : x) {
            mean += r[0];
        }
        mean /= 5;
        for (double[] r : x) {
            ss += (r[0] - mean) * (r[0] - mean);
        }
        assertEquals(0, mean, 1e-12);
        assertEquals(1, Math.sqrt(ss / 5), 1e-12);
        double[] logs = {Math.log1p(1), Math.log1p(2), Math.log1p(3), Math.log1p(4), Math.log1p(1000)};
        double lm = (logs[0] + logs[1] + logs[2] + logs[3] + logs[4]) / 5;
        double lss = 0;
        for (double l : logs) {
            lss += (l - lm) * (l - lm);
        }
        assertEquals((logs[4] - lm) / Math.sqrt(lss / 5), x[4][0], 1e-12);
        List<String> steps = fit.steps();
        assertTrue(steps.stream().anyMatch(s -> s.startsWith("log1p(monetary): skewness 2.24 > 1")), steps.toString());
        assertTrue(steps.stream().anyMatch(s -> s.startsWith("impute(age): 1 missing -> median 35")), steps.toString());
        assertTrue(steps.stream().anyMatch(s -> s.startsWith("dropped flag: constant")), steps.toString());
        assertFalse(steps.stream().anyMatch(s -> s.startsWith("log1p(age)")));
    }

    @Test
    void skewnessIsPandasAdjustedG1() {
        // pandas: pd.Series([1, 2, 3, 4, 1000]).skew() = 2.2360328638853004
        assertEquals(2.2360328638853004, FeaturePipeline.skewness(new double[]{1, 2, 3, 4, 1000}), 1e-6);
        assertEquals(0.0, FeaturePipeline.skewness(new double[]{1, 2, 3}), 1e-12);
    }

    @Test
    void transformRowUsesMedianForMissingAndMatchesTransform() {
        FittedFeaturePipeline fit = FeaturePipeline.fit(input(), FeatureOptions.DEFAULT);
        double[][] x = fit.transform(input());
        assertArrayEquals(x[2], fit.transformRow(Map.of("monetary", 3.0)), 1e-12);
        assertArrayEquals(x[0], fit.transformRow(Map.of("monetary", 1.0, "age", 20.0, "flag", 99.0)), 1e-12);
    }

    @Test
    void withoutTransformOnlyImputes() {
        FittedFeaturePipeline fit = FeaturePipeline.fit(input(), FeatureOptions.RAW.withFeatures(List.of("age")));
        double[][] x = fit.transform(input());
        assertArrayEquals(new double[]{20, 30, 35, 40, 50}, java.util.Arrays.stream(x).mapToDouble(r -> r[0]).toArray());
    }

    @Test
    void roundTripsThroughJson() {
        FittedFeaturePipeline fit = FeaturePipeline.fit(input(), FeatureOptions.DEFAULT);
        FittedFeaturePipeline back = FittedFeaturePipeline.fromJson(fit.toJson());
        assertEquals(fit.steps(), back.steps());
        assertEquals(fit.featureNames(), back.featureNames());
        double[][] a = fit.transform(input());
        double[][] b = back.transform(input());
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i], 0);
        }
    }

    @Test
    void fitsOnTheGivenRowsOnly() {
        FeatureInput train = new FeatureInput(null, null, List.of("v"), new double[][]{{0, 2, 4}});
        FeatureInput other = new FeatureInput(null, null, List.of("v"), new double[][]{{100}});
        FittedFeaturePipeline fit = FeaturePipeline.fit(train, FeatureOptions.DEFAULT);
        // mean 2, population std sqrt(8/3) from the training rows, whatever the new rows are
        assertEquals((100 - 2) / Math.sqrt(8.0 / 3), fit.transform(other)[0][0], 1e-12);
    }

    @Test
    void rejectsAllConstantAndUnknownColumns() {
        FeatureInput constant = new FeatureInput(null, null, List.of("v"), new double[][]{{1, 1, 1}});
        assertThrows(IllegalArgumentException.class, () -> FeaturePipeline.fit(constant, FeatureOptions.DEFAULT));
        assertThrows(IllegalArgumentException.class,
                () -> FeaturePipeline.fit(input(), FeatureOptions.DEFAULT.withFeatures(List.of("nope"))));
    }
}
