package org.clientele.core.predict;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricsTest {

    @Test
    void regressionMetricsMatchHandComputedValues() {
        // errors 0.5, -0.5, 0, -1 ; mean actual 5 ; SS_tot = 4+0+4+0... actual 3,5,7,5 -> (4+0+4+0)=8
        RegressionMetrics m = RegressionMetrics.of(new double[]{3, 5, 7, 5}, new double[]{2.5, 5.5, 7, 6});
        assertEquals(Math.sqrt((0.25 + 0.25 + 0 + 1) / 4), m.rmse(), 1e-12);
        assertEquals((0.5 + 0.5 + 0 + 1) / 4, m.mae(), 1e-12);
        assertEquals(1 - 1.5 / 8, m.r2(), 1e-12);
    }

    @Test
    void rSquaredIsUndefinedForAConstantTarget() {
        assertTrue(Double.isNaN(RegressionMetrics.of(new double[]{2, 2}, new double[]{1, 2}).r2()));
    }

    @Test
    void classificationMetricsMatchHandComputedValues() {
        // actual:    a a a b b c
        // predicted: a a b b c c
        int[] actual = {0, 0, 0, 1, 1, 2};
        int[] predicted = {0, 0, 1, 1, 2, 2};
        ClassificationMetrics m = ClassificationMetrics.of(actual, predicted, List.of("a", "b", "c"));
        assertEquals(4.0 / 6, m.accuracy(), 1e-12);
        assertArrayEquals(new int[]{2, 1, 0}, m.confusion()[0]);
        assertArrayEquals(new int[]{0, 1, 1}, m.confusion()[1]);
        assertArrayEquals(new int[]{0, 0, 1}, m.confusion()[2]);
        // a: P = 2/2, R = 2/3, F1 = 0.8 ; b: P = 1/2, R = 1/2, F1 = 0.5 ; c: P = 1/2, R = 1, F1 = 2/3
        assertEquals(1.0, m.perClass().get(0).precision(), 1e-12);
        assertEquals(2.0 / 3, m.perClass().get(0).recall(), 1e-12);
        assertEquals(0.5, m.perClass().get(1).precision(), 1e-12);
        assertEquals(1.0, m.perClass().get(2).recall(), 1e-12);
        assertEquals((0.8 + 0.5 + 2.0 / 3) / 3, m.macroF1(), 1e-12);
        assertEquals(3, m.perClass().get(0).support());
    }

    @Test
    void spearmanUsesAverageRanksForTies() {
        assertArrayEquals(new double[]{1, 2.5, 2.5, 4}, Stats.ranks(new double[]{1, 5, 5, 9}), 1e-12);
        // a monotone but non-linear relation is perfect for Spearman, not for Pearson
        double[] a = {1, 2, 3, 4, 5};
        double[] b = {1, 8, 27, 64, 125};
        assertEquals(1.0, Stats.spearman(a, b), 1e-12);
        assertTrue(Stats.pearson(a, b) < 0.99);
    }

    @Test
    void quantileInterpolatesLikeNumpy() {
        // numpy.percentile([1, 2, 3, 4], 99) = 3.97
        assertEquals(3.97, Stats.quantile(new double[]{4, 1, 3, 2}, 0.99), 1e-12);
    }

    @Test
    void varianceInflationOfIndependentFeaturesIsNearOne() {
        java.util.Random r = new java.util.Random(3);
        double[][] rows = new double[2000][3];
        for (double[] row : rows) {
            row[0] = r.nextGaussian();
            row[1] = r.nextGaussian();
            row[2] = row[0] + 0.1 * r.nextGaussian(); // nearly a copy of the first: R² ≈ 0.99, VIF ≈ 100
        }
        List<VarianceInflation.Vif> vif = VarianceInflation.of(List.of("a", "b", "c"), rows);
        assertEquals(1.0, vif.get(1).vif(), 0.05);
        assertTrue(vif.get(2).vif() > 50, "collinear feature VIF " + vif.get(2).vif());
    }
}
