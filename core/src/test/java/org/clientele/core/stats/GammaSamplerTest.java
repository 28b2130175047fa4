package org.clientele.core.stats;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Gamma(k, 1) has mean k and variance k; draws from a seeded source match that, boosted shapes below 1 too. */
class GammaSamplerTest {

    private static double[] moments(double shape, long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        java.util.Random gaussians = new java.util.Random(seed);
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            double x = GammaSampler.draw(shape, random::nextDouble, gaussians::nextGaussian);
            assertTrue(x > 0);
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / n;
        return new double[]{mean, sumSq / n - mean * mean};
    }

    @Test
    void meanAndVarianceAreTheShape() {
        for (double shape : new double[]{0.3, 1, 2.5, 6.25}) {
            double[] m = moments(shape, 7, 200_000);
            // Standard error of the mean is sqrt(k/n); of the variance about k*sqrt((2 + 6/k)/n).
            assertEquals(shape, m[0], 5 * Math.sqrt(shape / 200_000), "mean for shape " + shape);
            assertEquals(shape, m[1], 5 * shape * Math.sqrt((2 + 6 / shape) / 200_000), "variance for shape " + shape);
        }
    }

    @Test
    void theSameSourceGivesTheSameDraws() {
        assertEquals(moments(2.5, 11, 1000)[0], moments(2.5, 11, 1000)[0]);
    }
}
