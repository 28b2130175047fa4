package org.clientele.core.clv;

import org.clientele.core.task.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MBG/NBD on CDNOW weeks 1–39 against BTYDplus' estimates r = 0.525, alpha = 6.183, a = 0.891, b = 1.614 (the
 * values lifetimes' ModifiedBetaGeoFitter tests pin), and its closed forms against a direct sum over the model.
 */
class ModifiedBgNbdCdnowTest {

    private static List<CustomerRfmSummary> customers;
    private static PurchaseModelFit fit;

    @BeforeAll
    static void fitCdnow() throws URISyntaxException {
        Path file = Path.of(ModifiedBgNbdCdnowTest.class.getResource("cdnow_customers_summary_with_transactions.csv").toURI());
        customers = RfmSummaryReader.read(file, "ID");
        fit = new PurchaseModelFitter(5, 42).fit(PurchaseModelKind.MBGNBD, customers, Progress.NONE);
        System.out.println("CDNOW MBG/NBD " + fit.parameters() + " LL " + fit.logLikelihood());
    }

    @Test
    void matchesBtydPlusEstimates() {
        assertEquals(0.525, fit.value("r"), 0.01 * 0.525);
        assertEquals(6.183, fit.value("alpha"), 0.01 * 6.183);
        assertEquals(0.891, fit.value("a"), 0.01 * 0.891);
        assertEquals(1.614, fit.value("b"), 0.01 * 1.614);
        fit.parameters().values().forEach(e -> assertTrue(e.standardError() > 0, "standard error " + e));
    }

    @Test
    void pooledLikelihoodEqualsThePerCustomerSum() {
        double perCustomer = 0;
        for (CustomerRfmSummary c : customers) {
            perCustomer += fit.fitted().logLikelihood(c.frequency(), c.recency(), c.T());
        }
        assertEquals(perCustomer, PurchaseModelFitter.modifiedBgNbd(fit.fitted().parameters(), PooledHistories.of(customers)), 1e-6);
        assertEquals(perCustomer, fit.logLikelihood(), 1e-6);
    }

    /**
     * Hand check of the MBG/NBD story: alive at the start with probability 1 - p, buying at rate lambda and leaving
     * with probability p after each purchase, a customer expects (1 - p)(1 - e^(-lambda p t)) / p purchases in
     * (0, t]. Averaged over lambda ~ Gamma(r, alpha) that is (1 - p)(1 - (alpha/(alpha + p t))^r) / p; averaging
     * over p ~ Beta(a, b) numerically must give the closed-form E[X(t)].
     */
    @Test
    void unconditionalExpectationMatchesADirectAverage() {
        ModifiedBgNbdModel m = new ModifiedBgNbdModel(0.525, 6.183, 0.891, 1.614);
        org.apache.commons.math3.distribution.BetaDistribution drop =
                new org.apache.commons.math3.distribution.BetaDistribution(0.891, 1.614);
        int grid = 20_000;
        for (double t : new double[]{1, 20, 78}) {
            double total = 0;
            for (int j = 0; j < grid; j++) {
                double p = drop.inverseCumulativeProbability((j + 0.5) / grid);
                total += (1 - p) * -Math.expm1(0.525 * Math.log(6.183 / (6.183 + p * t))) / p;
            }
            assertEquals(total / grid, m.expectedPurchases(t), 0.002 * m.expectedPurchases(t), "t = " + t);
        }
    }

    @Test
    void probabilityAliveIsBelowOneWithoutRepeatPurchases() {
        ModifiedBgNbdModel m = (ModifiedBgNbdModel) fit.fitted();
        assertEquals(1 / (1 + m.a() / m.b()), m.probabilityAlive(0, 0, 0), 1e-12);
        assertTrue(m.probabilityAlive(0, 0, 30) < m.probabilityAlive(0, 0, 1));
        assertEquals(1.226, m.conditionalExpectedPurchases(39, 2, 30.43, 38.86), 0.05);
    }
}
