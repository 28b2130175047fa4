package org.clientele.core.clv;

import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Simulates two customer groups that differ only by a known covariate effect (and, as a control, groups that
 * do not differ) and checks that the covariate fits recover the effect and that the likelihood-ratio test
 * rejects only when there is one.
 */
class CovariateRecoveryTest {

    private static final double R = 0.24;
    private static final double ALPHA = 4.41;
    private static final double A = 0.79;
    private static final double B = 2.43;
    private static final double P = 6.25;
    private static final double Q = 3.74;
    private static final double GAMMA = 15.44;
    /** Group "web" buys exp(0.7) ~ 2x as often and spends exp(0.5) ~ 1.65x as much per transaction. */
    private static final double RATE_EFFECT = 0.7;
    private static final double SPEND_EFFECT = 0.5;

    @Test
    void recoversAKnownEffectAndTheTestRejects() {
        Sample s = sample(RATE_EFFECT, SPEND_EFFECT, 21);
        BgNbdFit base = new BgNbdFitter(2, 1).fit(s.customers, ClvTimeUnit.WEEK, Progress.NONE);
        BgNbdCovariateFitter.Fit fit = new BgNbdCovariateFitter(2, 1).fit(s.customers, s.design, base, Progress.NONE);
        CovariateCoefficient rate = fit.summary().coefficients().get(0);
        assertEquals("alpha", rate.parameter());
        assertEquals("channel=web", rate.term());
        System.out.println("rate effect " + rate);
        assertEquals(RATE_EFFECT, rate.estimate(), 3 * rate.standardError());
        assertEquals(RATE_EFFECT, rate.estimate(), 0.15);
        assertTrue(fit.summary().likelihoodRatioTest().pValue() < 1e-6, fit.summary().likelihoodRatioTest().toString());
        assertEquals(3, fit.summary().likelihoodRatioTest().degreesOfFreedom());
        // the reference group's parameters are the simulated ones
        assertEquals(ALPHA, fit.alpha0(), 0.15 * ALPHA);

        GammaGammaFit ggBase = new GammaGammaFitter(2, 1).fit(s.customers, Progress.NONE);
        GammaGammaCovariateFitter.Fit gg = new GammaGammaCovariateFitter(2, 1).fit(s.customers, s.design, ggBase,
                Progress.NONE);
        CovariateCoefficient spend = gg.summary().coefficients().get(0);
        System.out.println("spend effect " + spend);
        assertEquals(SPEND_EFFECT, spend.estimate(), 3 * spend.standardError());
        assertTrue(gg.summary().likelihoodRatioTest().pValue() < 1e-6);
        assertEquals(Math.exp(SPEND_EFFECT), gg.modelFor(new double[]{1}).populationMeanSpend()
                / gg.modelFor(new double[]{0}).populationMeanSpend(), 0.15);
    }

    @Test
    void withoutAnEffectTheTestDoesNotReject() {
        Sample s = sample(0, 0, 22);
        BgNbdFit base = new BgNbdFitter(2, 1).fit(s.customers, ClvTimeUnit.WEEK, Progress.NONE);
        BgNbdCovariateFitter.Fit fit = new BgNbdCovariateFitter(2, 1).fit(s.customers, s.design, base, Progress.NONE);
        System.out.println("null " + fit.summary().likelihoodRatioTest());
        assertTrue(fit.summary().likelihoodRatioTest().pValue() > 0.05, fit.summary().likelihoodRatioTest().toString());
        assertTrue(fit.summary().logLikelihood() >= base.logLikelihood() - 1e-6);
        GammaGammaFit ggBase = new GammaGammaFitter(2, 1).fit(s.customers, Progress.NONE);
        GammaGammaCovariateFitter.Fit gg = new GammaGammaCovariateFitter(2, 1).fit(s.customers, s.design, ggBase,
                Progress.NONE);
        assertTrue(gg.summary().likelihoodRatioTest().pValue() > 0.05, gg.summary().likelihoodRatioTest().toString());
    }

    @Test
    void categoricalColumnsGetAReferenceLevelAndNumericOnesAreStandardised() {
        Map<String, String[]> values = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ids.add("c" + i);
            String country = i < 50 ? "UK" : i < 80 ? "DE" : i < 95 ? "FR" : "NL";
            values.put("c" + i, new String[]{country, Integer.toString(i % 10)});
        }
        CovariateDesign d = CovariateDesign.of(ids, new CustomerCovariates(List.of("country", "age"), values,
                "test", List.of()));
        assertEquals(List.of("country=(other)", "country=DE", "age"), d.terms());
        assertEquals("UK", d.columns().get(0).reference());
        assertEquals(1, d.rows()[60][1]);
        assertEquals(0, d.rows()[10][0]);
        assertEquals(1, d.rows()[90][0], "FR (15 customers) and NL (5) are rare: pooled");
        assertEquals(4.5, d.columns().get(1).mean(), 1e-12);
        double sum = 0;
        for (double[] row : d.rows()) {
            sum += row[2];
        }
        assertEquals(0, sum, 1e-9);
    }

    private record Sample(List<CustomerRfmSummary> customers, CovariateDesign design) { }

    private static Sample sample(double rateEffect, double spendEffect, long seed) {
        List<CustomerRfmSummary> customers = new ArrayList<>();
        Map<String, String[]> values = new HashMap<>();
        List<String> ids = new ArrayList<>();
        BgNbdSimulator store = new BgNbdSimulator(R, ALPHA, A, B, P, Q, GAMMA, seed);
        BgNbdSimulator web = new BgNbdSimulator(R, ALPHA * Math.exp(-rateEffect), A, B, P, Q,
                GAMMA * Math.exp(spendEffect), seed + 1000);
        for (int group = 0; group < 2; group++) {
            List<CustomerRfmSummary> drawn = (group == 0 ? store : web).summaries(4000, 39);
            for (CustomerRfmSummary c : drawn) {
                String id = (group == 0 ? "s" : "w") + c.customerId();
                customers.add(new CustomerRfmSummary(id, c.frequency(), c.recency(), c.T(), c.monetaryValue()));
                ids.add(id);
                values.put(id, new String[]{group == 0 ? "store" : "web"});
            }
        }
        // "store" is drawn first but both groups are equally large: make it the reference by a tie-break on name
        CovariateDesign design = CovariateDesign.of(ids, new CustomerCovariates(List.of("channel"), values, "test",
                List.of()));
        return new Sample(customers, design);
    }
}
