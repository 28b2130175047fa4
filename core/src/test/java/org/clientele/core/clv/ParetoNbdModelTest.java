package org.clientele.core.clv;

import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.junit.jupiter.api.Test;

import static org.apache.commons.math3.special.Gamma.logGamma;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 2F1 closed form of the Pareto/NBD likelihood checked a second, independent way: integrating out the death
 * time directly, L = Gamma(r+x) alpha^r beta^s / Gamma(r) [(alpha+T)^-(r+x) (beta+T)^-s
 * + s int_{t_x}^{T} (alpha+y)^-(r+x) (beta+y)^-(s+1) dy], for alpha above and below beta.
 */
class ParetoNbdModelTest {

    private static double byIntegration(ParetoNbdModel m, double x, double tx, double T, boolean aliveOnly) {
        double head = logGamma(m.r() + x) - logGamma(m.r()) + m.r() * Math.log(m.alpha()) + m.s() * Math.log(m.beta());
        double alive = Math.exp(-(m.r() + x) * Math.log(m.alpha() + T) - m.s() * Math.log(m.beta() + T));
        double died = tx >= T ? 0 : m.s() * new IterativeLegendreGaussIntegrator(16, 1e-13, 1e-15)
                .integrate(100_000, y -> Math.exp(-(m.r() + x) * Math.log(m.alpha() + y)
                        - (m.s() + 1) * Math.log(m.beta() + y)), tx, T);
        return aliveOnly ? alive / (alive + died) : head + Math.log(alive + died);
    }

    @Test
    void likelihoodAndProbabilityAliveMatchNumericalIntegration() {
        ParetoNbdModel[] models = {new ParetoNbdModel(0.5533, 10.5776, 0.6061, 11.6650),
                new ParetoNbdModel(1.3, 25, 0.4, 3.5), new ParetoNbdModel(0.8, 4, 2.2, 4)};
        double[][] histories = {{0, 0, 38}, {2, 30.43, 38.86}, {26, 30.86, 31}, {5, 2, 60}, {1, 10, 10}};
        for (ParetoNbdModel m : models) {
            for (double[] h : histories) {
                assertEquals(byIntegration(m, h[0], h[1], h[2], false), m.logLikelihood(h[0], h[1], h[2]), 1e-8,
                        m + " " + java.util.Arrays.toString(h));
                assertEquals(byIntegration(m, h[0], h[1], h[2], true), m.probabilityAlive(h[0], h[1], h[2]), 1e-9);
            }
        }
    }

    @Test
    void nearOneTheIntegratedA0AgreesWithTheSeriesAndWithDirectIntegration() {
        // Time scales far apart put the 2F1 argument near 1: the series is slow there but still exact.
        double[][] models = {{0.71, 64.5, 6e-3, 5.2e4}, {0.9, 40, 2.5, 3000}, {1.2, 2.0e4, 0.8, 12}, {0.3, 900, 0.5, 15}};
        double[][] histories = {{0, 0, 373}, {1, 20, 300}, {12, 250, 360}, {60, 300, 373}, {3, 0.5, 1.5}};
        int compared = 0;
        for (double[] p : models) {
            double gap = Math.abs(p[1] - p[3]);
            double top = Math.max(p[1], p[3]);
            for (double[] h : histories) {
                double a = p[0] + p[2] + h[0];
                double b = p[1] >= p[3] ? p[2] + 1 : p[0] + h[0];
                if (!ParetoNbdModel.nearOne(gap, top, h[1])) {
                    continue;
                }
                double series = ParetoNbdModel.logA0(ParetoNbdModel.a0Term(a, b, top, gap, h[1]),
                        ParetoNbdModel.a0Term(a, b, top, gap, h[2]));
                double integrated = ParetoNbdModel.logA0ByQuadrature(p[0], p[1], p[2], p[3], h[0], h[1], h[2]);
                assertEquals(series, integrated, 1e-11 * Math.max(1, Math.abs(series)),
                        java.util.Arrays.toString(p) + " " + java.util.Arrays.toString(h));
                compared++;
            }
            ParetoNbdModel m = new ParetoNbdModel(p[0], p[1], p[2], p[3]);
            double[] h = histories[1];
            assertEquals(byIntegration(m, h[0], h[1], h[2], false), m.logLikelihood(h[0], h[1], h[2]), 1e-8);
        }
        assertTrue(compared >= 12, "cases near z = 1: " + compared);
    }

    @Test
    void expectationsBehaveAtTheEdges() {
        ParetoNbdModel one = new ParetoNbdModel(0.5, 10, 1, 12);
        ParetoNbdModel near = new ParetoNbdModel(0.5, 10, 1 + 1e-6, 12);
        assertEquals(near.expectedPurchases(30), one.expectedPurchases(30), 1e-6);
        assertEquals(near.conditionalExpectedPurchases(30, 3, 20, 39), one.conditionalExpectedPurchases(30, 3, 20, 39), 1e-6);
        assertEquals(0, one.conditionalExpectedPurchases(0, 3, 20, 39));
        // Long inactivity lowers P(alive); a purchase at the very end means certainly alive.
        assertTrue(one.probabilityAlive(3, 5, 39) < one.probabilityAlive(3, 35, 39));
        assertEquals(1, one.probabilityAlive(3, 39, 39), 1e-12);
    }

    @Test
    void theSpecialised2F1AgreesWithTheGeneralSeries() {
        double[][] cases = {{1.2, 1.6, 0.1}, {27.3, 0.8, 0.9}, {5, 3.5, 0.99}, {300, 1.1, 0.5}, {0.3, 7, 0.999}};
        for (double[] c : cases) {
            assertEquals(Hypergeometric2F1.logValue(c[0], c[1], c[0] + 1, c[2]),
                    ParetoNbdModel.log2F1WithCEqualsAPlusOne(c[0], c[1], c[2]), 1e-12, java.util.Arrays.toString(c));
        }
    }
}
