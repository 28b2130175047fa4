package org.clientele.core.clv;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The pooled, chunked likelihoods used by the fitters equal the plain per-customer sums of the model's own
 * log-likelihood, on a sample large enough to take the parallel path.
 */
class PooledLikelihoodTest {

    @Test
    void pooledBgNbdAndGammaGammaLikelihoodsEqualPerCustomerSums() {
        List<CustomerRfmSummary> customers = ClvBenchmark.simulate(60_000, 3);
        RfmPatterns patterns = RfmPatterns.of(customers);
        List<CustomerRfmSummary> repeat = GammaGammaFitter.eligible(customers);
        SpendPatterns spend = SpendPatterns.of(repeat);
        assertEquals(true, patterns.size < customers.size() / 2, "day-level times pool: " + patterns.size);
        for (double[] p : new double[][]{{0.243, 4.414, 0.793, 2.426}, {1.3, 0.7, 2.1, 0.4}}) {
            BgNbdModel model = new BgNbdModel(p[0], p[1], p[2], p[3]);
            double direct = BgNbdFitter.logLikelihood(model, customers);
            assertEquals(direct, patterns.bgNbdLogLikelihood(p[0], p[1], p[2], p[3]), 1e-9 * Math.abs(direct));
        }
        for (double[] g : new double[][]{{6.25, 3.74, 15.44}, {0.8, 1.2, 300}}) {
            GammaGammaModel model = new GammaGammaModel(g[0], g[1], g[2]);
            double direct = 0;
            for (CustomerRfmSummary c : repeat) {
                direct += model.logLikelihood(c.frequency(), c.monetaryValue());
            }
            assertEquals(direct, spend.logLikelihood(g[0], g[1], g[2]), 1e-9 * Math.abs(direct));
        }
    }

    @Test
    void pooledParetoNbdLikelihoodWithSharedSeriesEqualsPerCustomerSum() {
        List<CustomerRfmSummary> customers = ClvBenchmark.simulate(20_000, 5);
        PooledHistories pooled = PooledHistories.of(customers);
        assertEquals(true, pooled.pairX.length < pooled.rows() / 3, "few (x, T) pairs: " + pooled.pairX.length);
        // alpha above and below beta take different 2F1 parameters.
        for (double[] p : new double[][]{{0.55, 10.58, 0.61, 11.67}, {0.9, 30, 1.4, 6}}) {
            ParetoNbdModel model = new ParetoNbdModel(p[0], p[1], p[2], p[3]);
            double direct = 0;
            for (CustomerRfmSummary c : customers) {
                direct += model.logLikelihood(c.frequency(), c.recency(), c.T());
            }
            assertEquals(direct, PurchaseModelFitter.paretoNbd(p, pooled), 1e-9 * Math.abs(direct));
        }
    }
}
