package org.clientele.core.clv;

import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.apache.commons.math3.special.Beta.logBeta;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * BG/BB on the donation data of Fader, Hardie &amp; Shang (2010) (11,104 donors, 6 opportunities; see
 * donations.NOTICE.txt beside the resource) against the estimates and log-likelihood the paper reports, and
 * the closed forms against sums of their definitions.
 */
class BgBbPublishedTest {

    private static Path donations() throws Exception {
        return Path.of(BgBbPublishedTest.class.getResource("donations.csv").toURI());
    }

    @Test
    void reproducesThePapersEstimatesOnTheDonationData() throws Exception {
        List<BgBbFitter.Pattern> patterns = DiscreteSummaryReader.readPatterns(donations());
        assertEquals(22, patterns.size());
        BgBbFit fit = new BgBbFitter().fitPatterns(patterns, Progress.NONE);
        assertEquals(11_104, fit.customers());
        assertEquals(1.204, fit.alpha(), 0.01 * 1.204);
        assertEquals(0.750, fit.beta(), 0.01 * 0.750);
        assertEquals(0.657, fit.gamma(), 0.01 * 0.657);
        assertEquals(2.783, fit.delta(), 0.01 * 2.783);
        assertEquals(-33_225.6, fit.logLikelihood(), 0.1);
        assertTrue(fit.standardErrors().alpha() > 0 && fit.standardErrors().delta() > 0);
        // the per-customer reading of the same table gives the same fit
        List<DiscreteCustomer> customers = DiscreteSummaryReader.readCustomers(donations(), null);
        assertEquals(11_104, customers.size());
        assertEquals(fit.logLikelihood(), BgBbFitter.logLikelihood(
                new double[]{fit.alpha(), fit.beta(), fit.gamma(), fit.delta()}, BgBbFitter.pool(customers)), 1e-6);
    }

    @Test
    void likelihoodIsTheSumOverWhenTheCustomerDied() {
        BgBbModel m = new BgBbModel(1.204, 0.750, 0.657, 2.783);
        int x = 2;
        int tx = 3;
        int n = 6;
        double direct = Math.exp(logBeta(1.204 + x, 0.750 + n - x) - logBeta(1.204, 0.750)
                + logBeta(0.657, 2.783 + n) - logBeta(0.657, 2.783));
        for (int i = 0; i <= n - tx - 1; i++) {
            direct += Math.exp(logBeta(1.204 + x, 0.750 + tx - x + i) - logBeta(1.204, 0.750)
                    + logBeta(0.657 + 1, 2.783 + tx + i) - logBeta(0.657, 2.783));
        }
        assertEquals(Math.log(direct), m.logLikelihood(x, tx, n), 1e-12);
        // the likelihoods of every possible history of n = 3 opportunities sum to one
        double total = 0;
        for (int mask = 0; mask < 8; mask++) {
            int count = Integer.bitCount(mask);
            int last = mask == 0 ? 0 : 32 - Integer.numberOfLeadingZeros(mask);
            total += Math.exp(m.logLikelihood(count, last, 3));
        }
        assertEquals(1, total, 1e-12);
    }

    @Test
    void expectationsMatchSumsOverOpportunities() {
        BgBbModel m = new BgBbModel(1.204, 0.750, 0.657, 2.783);
        double a = 1.204;
        double b = 0.750;
        double g = 0.657;
        double d = 2.783;
        // E[X(n)] = sum_k P(alive at k) E[p] = sum_k B(g, d + k)/B(g, d) * a/(a + b)
        double sum = 0;
        for (int k = 1; k <= 6; k++) {
            sum += a / (a + b) * Math.exp(logBeta(g, d + k) - logBeta(g, d));
        }
        assertEquals(sum, m.expectedTransactions(6), 1e-10);
        // E[X(n, n + n*) | x, t_x, n] = sum_k P(alive at n + k, history) E[p | alive through n] / L
        int x = 3;
        int tx = 4;
        int n = 6;
        double logL = m.logLikelihood(x, tx, n);
        double conditional = 0;
        for (int k = 1; k <= 5; k++) {
            conditional += Math.exp(logBeta(a + x + 1, b + n - x) - logBeta(a, b)
                    + logBeta(g, d + n + k) - logBeta(g, d) - logL);
        }
        assertEquals(conditional, m.conditionalExpectedTransactions(5, x, tx, n), 1e-10);
        // a customer who used every opportunity cannot have died unseen: P(alive) = B(g, d+n+1)/B(g, d+n)
        assertEquals(Math.exp(logBeta(g, d + 7) - logBeta(g, d + 6)), m.probabilityAlive(6, 6, 6), 1e-12);
        assertTrue(m.probabilityAlive(1, 1, 6) < m.probabilityAlive(1, 6, 6));
        // gamma = 1 is a removable singularity
        BgBbModel one = new BgBbModel(a, b, 1, d);
        assertEquals(new BgBbModel(a, b, 1.001, d).conditionalExpectedTransactions(5, x, tx, n),
                one.conditionalExpectedTransactions(5, x, tx, n), 1e-3);
    }
}
