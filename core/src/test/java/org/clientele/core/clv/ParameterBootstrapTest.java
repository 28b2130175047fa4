package org.clientele.core.clv;

import org.clientele.core.task.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parametric bootstrap behind the 90% intervals, on CDNOW's BG/NBD and Pareto/NBD fits. */
class ParameterBootstrapTest {

    private static List<CustomerRfmSummary> customers;
    private static PurchaseModelFit bg;
    private static double[] spend;

    @BeforeAll
    static void fit() throws URISyntaxException {
        Path file = Path.of(ParameterBootstrapTest.class.getResource("cdnow_customers_summary_with_transactions.csv").toURI());
        customers = RfmSummaryReader.read(file, "ID").subList(0, 2357);
        bg = new PurchaseModelFitter(3, 42).fit(PurchaseModelKind.BGNBD, customers, Progress.NONE);
        spend = new double[customers.size()];
        Arrays.fill(spend, 30);
    }

    private static ParameterBootstrap.Result run(PurchaseModelFit fit, int draws, long seed, List<String> warnings) {
        return ParameterBootstrap.run(fit, customers, spend, 12, 0.01, ClvTimeUnit.WEEK, draws, seed, Progress.NONE,
                warnings);
    }

    @Test
    void drawsFollowTheAsymptoticNormalOfTheLogParameters() {
        PurchaseModel[] draws = ParameterBootstrap.draw(bg, 4000, 7);
        double[][] cov = bg.logCovariance();
        double[] centre = Arrays.stream(bg.fitted().parameters()).map(Math::log).toArray();
        for (int i = 0; i < 4; i++) {
            double mean = 0;
            double sq = 0;
            for (PurchaseModel m : draws) {
                double v = Math.log(m.parameters()[i]) - centre[i];
                mean += v / draws.length;
                sq += v * v / draws.length;
            }
            double sd = Math.sqrt(cov[i][i]);
            assertEquals(0, mean, 0.1 * sd, "mean of log " + bg.fitted().parameterNames().get(i));
            assertEquals(sd, Math.sqrt(sq - mean * mean), 0.05 * sd, "sd of log " + bg.fitted().parameterNames().get(i));
        }
        double perCustomer = 0;
        for (CustomerRfmSummary c : customers) {
            perCustomer += bg.fitted().logLikelihood(c.frequency(), c.recency(), c.T());
        }
        assertEquals(perCustomer, PurchaseModelFitter.bgNbd(bg.fitted().parameters(), PooledHistories.of(customers)), 1e-6);
        // Standard errors reported are the delta-method image of the same covariance.
        assertEquals(bg.value("r") * Math.sqrt(cov[0][0]), bg.parameters().get("r").standardError(), 1e-12);
    }

    @Test
    void intervalsAreSeededAndBracketTheEstimates() {
        List<String> warnings = new ArrayList<>();
        ParameterBootstrap.Result a = run(bg, 100, 5, warnings);
        ParameterBootstrap.Result b = run(bg, 100, 5, warnings);
        assertArrayEquals(a.clvLow(), b.clvLow());
        assertArrayEquals(a.aliveHigh(), b.aliveHigh());
        assertTrue(warnings.isEmpty(), warnings.toString());
        BgNbdModel m = (BgNbdModel) bg.fitted();
        double[] doubledSpendLow = run2();
        int inside = 0;
        for (int i = 0; i < customers.size(); i++) {
            CustomerRfmSummary c = customers.get(i);
            double p = m.conditionalExpectedPurchases(12 * 4.345, c.frequency(), c.recency(), c.T());
            inside += a.purchasesLow()[i] <= p && p <= a.purchasesHigh()[i] ? 1 : 0;
            assertTrue(a.aliveLow()[i] >= 0 && a.aliveHigh()[i] <= 1 && a.aliveLow()[i] <= a.aliveHigh()[i]);
            assertEquals(a.clvLow()[i] * 2, doubledSpendLow[i], 1e-9 * (1 + a.clvLow()[i]));
            if (c.frequency() == 0) {
                assertEquals(1, a.aliveLow()[i]);   // BG/NBD: no repeat purchase means certainly alive
            }
        }
        assertTrue(inside > 0.95 * customers.size(), inside + " of " + customers.size());
        ClvUncertainty.Interval total = a.summary().totalClv();
        assertTrue(total.low() < total.estimate() && total.estimate() < total.high(), total.toString());
        assertEquals(100, a.summary().draws());
        assertEquals(0.9, a.summary().level());
    }

    /** CLV bounds scale with spend per purchase (spend is held at its estimate). */
    private static double[] run2() {
        double[] doubled = spend.clone();
        Arrays.fill(doubled, 60);
        return ParameterBootstrap.run(bg, customers, doubled, 12, 0.01, ClvTimeUnit.WEEK, 100, 5, Progress.NONE,
                new ArrayList<>()).clvLow();
    }

    @Test
    void noDrawsOrNoCovarianceMeansNoIntervals() {
        List<String> warnings = new ArrayList<>();
        assertNull(run(bg, 0, 1, warnings));
        PurchaseModelFit flat = PurchaseModelFit.of(bg.fitted(), bg.logLikelihood(), bg.customers(), null);
        assertNull(run(flat, 200, 1, warnings));
        assertEquals(1, warnings.size());
        assertTrue(Double.isNaN(flat.parameters().get("a").standardError()));
    }
}
