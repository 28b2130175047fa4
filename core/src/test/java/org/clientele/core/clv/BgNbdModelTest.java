package org.clientele.core.clv;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BgNbdModelTest {

    /*
     * Hand computation, r = alpha = a = b = 1 (FHL 2005 eq. 6:
     * L = B(a,b+x)/B(a,b) * G(r+x) alpha^r / (G(r) (alpha+T)^(r+x))
     *   + [x>0] B(a+1,b+x-1)/B(a,b) * G(r+x) alpha^r / (G(r) (alpha+t_x)^(r+x))):
     *  customer 1: x = 0, T = 1       -> L = B(1,1)/B(1,1) * 1/(1+1)^1 = 1/2
     *  customer 2: x = 1, t_x = 1, T = 2 -> B(1,2)/B(1,1) = 1/2, 1/(1+2)^2 = 1/9;
     *                                      B(2,1)/B(1,1) = 1/2, 1/(1+1)^2 = 1/4
     *                                    -> L = 1/18 + 1/8 = 13/72
     *  total log-likelihood = ln(1/2) + ln(13/72) = -0.693147 - 1.711717 = -2.404864
     */
    @Test
    void logLikelihoodMatchesAHandComputedCase() {
        BgNbdModel model = new BgNbdModel(1, 1, 1, 1);
        assertEquals(Math.log(0.5), model.logLikelihood(0, 0, 1), 1e-12);
        assertEquals(Math.log(13.0 / 72), model.logLikelihood(1, 1, 2), 1e-12);
        List<CustomerRfmSummary> two = List.of(new CustomerRfmSummary("1", 0, 0, 1, Double.NaN),
                new CustomerRfmSummary("2", 1, 1, 2, 10));
        assertEquals(-2.404864, BgNbdFitter.logLikelihood(model, two), 1e-6);
    }

    @Test
    void logLikelihoodAgreesWithTheDirectFormulaAtGeneralParameters() {
        double r = 0.243;
        double alpha = 4.414;
        double a = 0.793;
        double b = 2.426;
        BgNbdModel model = new BgNbdModel(r, alpha, a, b);
        double[][] cases = {{0, 0, 38.86}, {2, 30.43, 38.86}, {7, 29.43, 38.86}, {1, 1.71, 38.86}, {29, 37.71, 38}};
        for (double[] c : cases) {
            double x = c[0];
            double tx = c[1];
            double T = c[2];
            double common = Math.exp(Gamma.logGamma(r + x) - Gamma.logGamma(r)) * Math.pow(alpha, r);
            double l = Math.exp(Beta.logBeta(a, b + x) - Beta.logBeta(a, b)) * common / Math.pow(alpha + T, r + x);
            if (x > 0) {
                l += Math.exp(Beta.logBeta(a + 1, b + x - 1) - Beta.logBeta(a, b)) * common / Math.pow(alpha + tx, r + x);
            }
            assertEquals(Math.log(l), model.logLikelihood(x, tx, T), 1e-9, "x=" + x);
        }
    }

    /** E[X(t)] = E[(1 - exp(-lambda p t)) / p] over lambda ~ Gamma(r, alpha), p ~ Beta(a, b) (FHL 2005, eq. 7). */
    @Test
    void unconditionalExpectationAgreesWithMonteCarlo() {
        BgNbdModel model = new BgNbdModel(0.243, 4.414, 0.793, 2.426);
        Well19937c rng = new Well19937c(7);
        GammaDistribution lambda = new GammaDistribution(rng, 0.243, 1 / 4.414);
        BetaDistribution p = new BetaDistribution(rng, 0.793, 2.426);
        int n = 400_000;
        double t = 39;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double l = lambda.sample();
            double q = p.sample();
            sum += -Math.expm1(-l * q * t) / q;
        }
        double monteCarlo = sum / n;
        assertEquals(monteCarlo, model.expectedPurchases(t), 0.01 * monteCarlo);
    }

    /** The lifetimes README lists these t = 1 week predictions for CDNOW's most frequent customers. */
    @Test
    void conditionalExpectationMatchesLifetimesOnCdnow() {
        BgNbdModel model = new BgNbdModel(0.242593, 4.413532, 0.792886, 2.425752);
        assertEquals(0.424877, model.conditionalExpectedPurchases(1, 18, 35.14, 35.86), 0.005 * 0.424877);
        assertEquals(0.474738, model.conditionalExpectedPurchases(1, 19, 34.00, 34.14), 0.005 * 0.474738);
        assertEquals(0.486526, model.conditionalExpectedPurchases(1, 17, 28.43, 28.86), 0.005 * 0.486526);
        assertEquals(0.662396, model.conditionalExpectedPurchases(1, 29, 37.71, 38.00), 0.005 * 0.662396);
        assertEquals(0.710623, model.conditionalExpectedPurchases(1, 26, 30.86, 31.00), 0.005 * 0.710623);
    }

    @Test
    void probabilityAliveBehaves() {
        BgNbdModel model = new BgNbdModel(0.243, 4.414, 0.793, 2.426);
        assertEquals(1.0, model.probabilityAlive(0, 0, 38));
        // Same frequency, a long silence since the last purchase makes the customer less likely alive.
        assertTrue(model.probabilityAlive(5, 35, 38) > model.probabilityAlive(5, 5, 38));
        // Hand computation for x = 1, t_x = T: 1 / (1 + a/b) = b / (a + b).
        assertEquals(2.426 / (0.793 + 2.426), model.probabilityAlive(1, 10, 10), 1e-12);
    }

    @Test
    void conditionalExpectationOfANewCustomerIsTheUnconditionalOne() {
        BgNbdModel model = new BgNbdModel(0.243, 4.414, 0.793, 2.426);
        assertEquals(model.expectedPurchases(52), model.conditionalExpectedPurchases(52, 0, 0, 0), 1e-12);
        BgNbdModel nearOne = new BgNbdModel(0.5, 3, 1.0, 2);
        double e = nearOne.expectedPurchases(20);
        assertTrue(Double.isFinite(e) && e > 0);
        assertEquals(new BgNbdModel(0.5, 3, 1.001, 2).expectedPurchases(20), e, 0.01 * e);
    }

    /**
     * a, b -> 0 (a fit on a short log can land there) puts x = 1 on the removable singularity a + b + x - 1 = 0
     * with b too small to step below; the mean dropout a / (a + b) is then ~0, so the answer is the NBD's
     * (r + x) / (alpha + T) * t.
     */
    @Test
    void conditionalExpectationWithVanishingAAndB() {
        BgNbdModel model = new BgNbdModel(0.71, 64.5, 1.3e-20, 6.8e-11);
        double nbd = (0.71 + 1) / (64.5 + 100) * 50;
        assertEquals(nbd, model.conditionalExpectedPurchases(50, 1, 40, 100), 1e-3 * nbd);
    }
}
