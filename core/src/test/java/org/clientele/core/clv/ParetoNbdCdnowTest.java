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
 * Pareto/NBD on the CDNOW weeks 1–39 summary against the published estimates r = 0.5533, alpha = 10.5776,
 * s = 0.6061, beta = 11.6650, LL = -9594.98 (Fader &amp; Hardie 2005, "A Note on Implementing the Pareto/NBD Model
 * in MATLAB"), and its predictions against BTYD's walkthrough (P(alive) = 0.9979 and E[Y(52)] = 25.46 for the
 * customer with x = 26, t_x = 30.86, T = 31; E[X(t)] for t = 1..9 from BTYD's manual, which lifetimes' tests pin).
 */
class ParetoNbdCdnowTest {

    private static List<CustomerRfmSummary> customers;
    private static PurchaseModelFit fit;

    @BeforeAll
    static void fitCdnow() throws URISyntaxException {
        Path file = Path.of(ParetoNbdCdnowTest.class.getResource("cdnow_customers_summary_with_transactions.csv").toURI());
        customers = RfmSummaryReader.read(file, "ID");
        fit = new PurchaseModelFitter(5, 42).fit(PurchaseModelKind.PNBD, customers, Progress.NONE);
        System.out.println("CDNOW Pareto/NBD " + fit.parameters() + " LL " + fit.logLikelihood());
    }

    @Test
    void matchesThePublishedEstimates() {
        assertEquals(0.5533, fit.value("r"), 0.01 * 0.5533);
        assertEquals(10.5776, fit.value("alpha"), 0.01 * 10.5776);
        assertEquals(0.6061, fit.value("s"), 0.01 * 0.6061);
        assertEquals(11.6650, fit.value("beta"), 0.01 * 11.6650);
        assertEquals(-9594.98, fit.logLikelihood(), 0.01);
        assertEquals(2357, fit.customers());
        fit.parameters().values().forEach(e -> assertTrue(e.standardError() > 0 && e.standardError() < e.value(),
                "standard error " + e));
        assertEquals(8 + 2 * 9594.98, fit.aic(), 0.05);
    }

    @Test
    void pooledLikelihoodEqualsThePerCustomerSum() {
        double[] p = fit.fitted().parameters();
        double perCustomer = 0;
        for (CustomerRfmSummary c : customers) {
            perCustomer += fit.fitted().logLikelihood(c.frequency(), c.recency(), c.T());
        }
        assertEquals(perCustomer, PurchaseModelFitter.paretoNbd(p, PooledHistories.of(customers)), 1e-6);
    }

    @Test
    void predictionsMatchBtyd() {
        ParetoNbdModel btyd = new ParetoNbdModel(0.5534, 10.5802, 0.6061, 11.6562);
        assertEquals(0.9979, btyd.probabilityAlive(26, 30.86, 31), 0.0005);
        assertEquals(25.46, fit.fitted().conditionalExpectedPurchases(52, 26, 30.86, 31), 0.01);
        double[] expected = {0.05077821, 0.09916088, 0.14542507, 0.18979930, 0.23247466, 0.27361274, 0.31335159,
                0.35181024, 0.38909211};
        // BTYD's pnbd.Expectation example uses the rounded parameters 0.55, 10.56, 0.61, 11.64.
        ParetoNbdModel rounded = new ParetoNbdModel(0.55, 10.56, 0.61, 11.64);
        for (int t = 1; t <= 9; t++) {
            assertEquals(expected[t - 1], rounded.expectedPurchases(t), 1e-7, "E[X(" + t + ")]");
            assertEquals(expected[t - 1], fit.fitted().expectedPurchases(t), 0.01 * expected[t - 1], "E[X(" + t + ")]");
        }
    }
}
