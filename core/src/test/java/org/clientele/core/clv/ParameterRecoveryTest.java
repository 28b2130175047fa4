package org.clientele.core.clv;

import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Simulates customers from known parameters (the CDNOW estimates) and checks that the fits recover them.
 * Tolerance: each estimate within 3 of its own asymptotic standard errors of the truth (the fit's SE, so
 * the check is as tight as the sample allows) and within a relative bound stated per parameter; with
 * 8,000 customers over 39 weeks r and alpha are pinned to a few percent, a and b (identified only through
 * the few customers who stop buying) to about a quarter.
 */
class ParameterRecoveryTest {

    private static final double R = 0.24;
    private static final double ALPHA = 4.41;
    private static final double A = 0.79;
    private static final double B = 2.43;
    private static final double P = 6.25;
    private static final double Q = 3.74;
    private static final double GAMMA = 15.44;

    @Test
    void recoversBgNbdAndGammaGammaParameters() {
        List<CustomerRfmSummary> customers = new BgNbdSimulator(R, ALPHA, A, B, P, Q, GAMMA, 12L)
                .summaries(8000, 39);
        BgNbdFit bg = new BgNbdFitter(3, 7).fit(customers, ClvTimeUnit.WEEK, Progress.NONE);
        System.out.println("recovered " + bg);
        within(R, bg.r(), bg.standardErrors().r(), 0.10, "r");
        within(ALPHA, bg.alpha(), bg.standardErrors().alpha(), 0.15, "alpha");
        within(A, bg.a(), bg.standardErrors().a(), 0.30, "a");
        within(B, bg.b(), bg.standardErrors().b(), 0.40, "b");
        // the fit is a maximum: the true parameters cannot have a higher likelihood
        assertTrue(bg.logLikelihood() >= BgNbdFitter.logLikelihood(new BgNbdModel(R, ALPHA, A, B), customers) - 1e-6);

        GammaGammaFit gg = new GammaGammaFitter(3, 7).fit(customers, Progress.NONE);
        System.out.println("recovered " + gg);
        within(P, gg.p(), gg.standardErrors().p(), 0.20, "p");
        within(Q, gg.q(), gg.standardErrors().q(), 0.20, "q");
        within(GAMMA, gg.gamma(), gg.standardErrors().gamma(), 0.30, "gamma");
    }

    private static void within(double truth, double estimate, double se, double relative, String name) {
        assertTrue(Double.isFinite(se) && se > 0, name + " standard error " + se);
        assertEquals(truth, estimate, 3 * se, name + " outside 3 standard errors (se " + se + ")");
        assertEquals(truth, estimate, relative * truth, name + " outside " + relative * 100 + "%");
    }
}
