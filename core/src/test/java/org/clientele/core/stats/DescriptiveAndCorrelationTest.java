package org.clientele.core.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Known answers from pandas 2 / NumPy (printed with repr), and constant input. */
class DescriptiveAndCorrelationTest {

    @Test
    void quantilesInterpolateBetweenOrderStatisticsAsNumpy() {
        assertEquals(3.9699999999999998, Descriptive.quantile(new double[]{4, 1, 3, 2}, 0.99), 1e-12);
        assertEquals(1.75, Descriptive.quantile(new double[]{4, 1, 3, 2}, 0.25), 1e-12);
        assertEquals(2.5, Descriptive.median(new double[]{4, 1, 3, 2}), 0);
        assertEquals(3, Descriptive.median(new double[]{5, 3, 1}), 0);
        assertTrue(Double.isNaN(Descriptive.median(new double[0])));
        assertEquals(7, Descriptive.quantile(new double[]{7, 7, 7}, 0.9), 0);
    }

    @Test
    void skewnessIsPandasAdjustedG1AndZeroForConstantInput() {
        assertEquals(2.2360328638853004, Descriptive.skewness(new double[]{1, 2, 3, 4, 1000}), 1e-12);
        assertEquals(0.3305821804079747, Descriptive.skewness(new double[]{2, 8, 0, 4, 1, 9, 9, 0}), 1e-12);
        // 0.1 is not exact in binary: the rounded mean leaves m2 ≈ 1.9e-34, which must not read as skew
        assertEquals(0, Descriptive.skewness(new double[]{0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}), 0);
        assertEquals(0, Descriptive.skewness(new double[]{5, 5, 5}), 0);
        assertEquals(0, Descriptive.skewness(new double[]{1, 100}), 0, "fewer than three values");
    }

    @Test
    void pearsonAndSpearmanMatchNumpyAndAreUndefinedForConstantInput() {
        assertEquals(0.7999999999999999, Correlation.pearson(new double[]{1, 2, 3, 4, 5}, new double[]{2, 1, 4, 3, 5}),
                1e-12);
        assertEquals(0.8333333333333335, Correlation.spearman(new double[]{1, 2, 2, 3}, new double[]{1, 3, 2, 3}),
                1e-12);
        assertArrayEquals(new double[]{1, 2.5, 2.5, 4}, Correlation.averageRanks(new double[]{1, 5, 5, 9}), 0);
        double[] constant = {0.1, 0.1, 0.1, 0.1};
        double[] varying = {1, 2, 3, 4};
        assertTrue(Double.isNaN(Correlation.pearson(constant, varying)));
        assertTrue(Double.isNaN(Correlation.pearson(varying, constant)));
        assertTrue(Double.isNaN(Correlation.spearman(constant, varying)));
        assertTrue(Double.isNaN(Correlation.pearson(new double[]{1}, new double[]{2})));
        assertEquals(1, Correlation.pearson(varying, varying), 0);
    }
}
