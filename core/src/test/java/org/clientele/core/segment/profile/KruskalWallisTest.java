package org.clientele.core.segment.profile;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KruskalWallisTest {

    @Test
    void matchesScipyDocumentationExampleWithoutTies() {
        // scipy.stats.kruskal docs: kruskal([1,3,5,7,9], [2,4,6,8,10]) -> statistic 0.2727..., pvalue 0.6015...
        KruskalWallisResult r = KruskalWallis.test(new double[] {1, 3, 5, 7, 9}, new double[] {2, 4, 6, 8, 10});
        assertEquals(0.2727272727272734, r.h(), 1e-12);
        assertEquals(0.6015081344405895, r.pValue(), 1e-12);
        assertEquals(1, r.degreesOfFreedom());
    }

    @Test
    void matchesScipyDocumentationExampleWithTies() {
        // scipy.stats.kruskal docs: kruskal([1,1,1], [2,2,2], [2,2]) -> statistic 7.0, pvalue 0.0301973834223185
        KruskalWallisResult r = KruskalWallis.test(new double[] {1, 1, 1}, new double[] {2, 2, 2}, new double[] {2, 2});
        assertEquals(7.0, r.h(), 1e-12);
        assertEquals(0.0301973834223185, r.pValue(), 1e-12);
        assertEquals(7.0 / 7, r.epsilonSquared(), 1e-12);
    }

    @Test
    void handComputedTwoGroups() {
        // ranks 1,2,3 | 4,5: H = 12/(5·6)·(6²/3 + 9²/2) − 3·6 = 3; df 1 -> p = P(chi² > 3) = 0.083265
        KruskalWallisResult r = KruskalWallis.test(new double[] {1, 2, 3}, new double[] {10, 20});
        assertEquals(3.0, r.h(), 1e-12);
        assertEquals(0.08326451666355042, r.pValue(), 1e-12);
    }

    @Test
    void ignoresMissingValuesAndDegenerateInput() {
        KruskalWallisResult r = KruskalWallis.test(new double[] {1, Double.NaN, 3, 5, 7, 9}, new double[] {2, 4, 6, 8, 10});
        assertEquals(0.2727272727272734, r.h(), 1e-12);
        assertTrue(Double.isNaN(KruskalWallis.test(new double[] {1, 2, 3}).h()));
        assertTrue(Double.isNaN(KruskalWallis.test(new double[] {4, 4}, new double[] {4, 4}).h()));
    }

    @Test
    void tinyPValuesKeepPrecision() {
        double[] a = new double[200];
        double[] b = new double[200];
        for (int i = 0; i < 200; i++) {
            a[i] = i;
            b[i] = 1000 + i;
        }
        KruskalWallisResult r = KruskalWallis.test(a, b);
        assertEquals(299.25187032418944, r.h(), 1e-9);
        assertEquals(4.794731539891123e-67, r.pValue(), 1e-75); // scipy.stats.kruskal
    }
}
