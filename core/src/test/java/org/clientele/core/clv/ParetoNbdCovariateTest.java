package org.clientele.core.clv;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pareto/NBD customers simulated at the CDNOW estimates in two groups, one of which buys exp(0.7) ~ 2x as
 * often: the covariate fit recovers the effect and its likelihood-ratio test rejects; with no effect it does not.
 */
class ParetoNbdCovariateTest {

    private static final double R = 0.55;
    private static final double ALPHA = 10.58;
    private static final double S = 0.61;
    private static final double BETA = 11.67;

    @Test
    void recoversARateEffectAndTestsIt() {
        Sample sample = sample(0.7, 31);
        ParetoNbdCovariateFitter.Fit fit = fit(sample);
        CovariateCoefficient rate = fit.summary().coefficients().get(0);
        System.out.println("pnbd rate effect " + rate + " " + fit.summary().likelihoodRatioTest());
        assertEquals("mean purchase rate", rate.effect());
        assertEquals(0.7, rate.estimate(), 3 * rate.standardError());
        assertEquals(0.7, rate.estimate(), 0.2);
        assertTrue(fit.summary().likelihoodRatioTest().pValue() < 1e-6);
        assertEquals(2, fit.summary().likelihoodRatioTest().degreesOfFreedom());
    }

    @Test
    void withoutAnEffectTheTestDoesNotReject() {
        ParetoNbdCovariateFitter.Fit fit = fit(sample(0, 32));
        System.out.println("pnbd null " + fit.summary().likelihoodRatioTest());
        assertTrue(fit.summary().likelihoodRatioTest().pValue() > 0.05, fit.summary().likelihoodRatioTest().toString());
    }

    private static ParetoNbdCovariateFitter.Fit fit(Sample s) {
        PurchaseModelFit base = new PurchaseModelFitter(1, 3).fit(PurchaseModelKind.PNBD, s.customers, Progress.NONE);
        return new ParetoNbdCovariateFitter(1, 3).fit(s.customers, s.design, (ParetoNbdModel) base.fitted(),
                base.logLikelihood(), Progress.NONE);
    }

    private record Sample(List<CustomerRfmSummary> customers, CovariateDesign design) { }

    /** Times in whole days, measured in weeks, over 39 weeks (first purchase at 0). */
    private static Sample sample(double rateEffect, long seed) {
        RandomGenerator rng = new Well19937c(seed);
        GammaDistribution mu = new GammaDistribution(rng, S, 1 / BETA);
        List<CustomerRfmSummary> customers = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Map<String, String[]> values = new HashMap<>();
        for (int group = 0; group < 2; group++) {
            GammaDistribution lambda = new GammaDistribution(rng, R, Math.exp(group * rateEffect) / ALPHA);
            for (int i = 0; i < 2500; i++) {
                double rate = lambda.sample();
                double death = -Math.log(1 - rng.nextDouble()) / mu.sample();
                double end = Math.min(39, death);
                double t = 0;
                int x = 0;
                double last = 0;
                while (true) {
                    t += -Math.log(1 - rng.nextDouble()) / rate;
                    if (t > end) {
                        break;
                    }
                    x++;
                    last = Math.floor(t * 7) / 7;
                }
                String id = group + "-" + i;
                customers.add(new CustomerRfmSummary(id, x, last, 39, Double.NaN));
                ids.add(id);
                values.put(id, new String[]{group == 0 ? "a-store" : "web"});
            }
        }
        return new Sample(customers, CovariateDesign.of(ids, new CustomerCovariates(List.of("channel"), values,
                "test", List.of())));
    }
}
