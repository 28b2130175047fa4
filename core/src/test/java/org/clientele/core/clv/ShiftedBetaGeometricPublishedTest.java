package org.clientele.core.clv;

import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The worked example of Fader &amp; Hardie (2007), "How to Project Customer Retention": survivors per 1,000
 * customers of two segments over 7 years, and the maximum-likelihood estimates the paper reports.
 */
class ShiftedBetaGeometricPublishedTest {

    static final long[] REGULAR = {1000, 631, 468, 382, 326, 289, 262, 241};
    static final long[] HIGH_END = {1000, 869, 743, 653, 593, 551, 517, 491};

    @Test
    void reproducesThePapersEstimates() {
        ShiftedBetaGeometricFit regular = new ShiftedBetaGeometricFitter().fit(ContractCohort.fromSurvivors(REGULAR),
                Progress.NONE);
        assertEquals(0.704, regular.alpha(), 0.01 * 0.704);
        assertEquals(1.182, regular.beta(), 0.01 * 1.182);
        ShiftedBetaGeometricFit highEnd = new ShiftedBetaGeometricFitter().fit(ContractCohort.fromSurvivors(HIGH_END),
                Progress.NONE);
        assertEquals(0.668, highEnd.alpha(), 0.01 * 0.668);
        assertEquals(3.806, highEnd.beta(), 0.01 * 3.806);
        assertTrue(regular.standardErrors().alpha() > 0 && regular.standardErrors().beta() > 0);
        assertEquals(2 * 2 - 2 * regular.logLikelihood(), regular.aic(), 1e-9);
        assertEquals(1000, regular.customers());
        assertEquals(759, regular.churned());
    }

    @Test
    void closedFormsMatchTheirDefinitions() {
        ShiftedBetaGeometricModel m = new ShiftedBetaGeometricModel(0.704, 1.182);
        // P(T = 1) = alpha / (alpha + beta); P(T = t) recursion (F&H 2007, eq. 7)
        assertEquals(0.704 / (0.704 + 1.182), m.churnProbability(1), 1e-12);
        assertEquals(m.churnProbability(2), m.churnProbability(1) * (1.182) / (0.704 + 1.182 + 1), 1e-12);
        double s = 1;
        for (int t = 1; t <= 20; t++) {
            s -= m.churnProbability(t);
            assertEquals(s, m.survival(t), 1e-12);
        }
        // DERL as the brute-force sum of discounted survival ratios (F&H 2010's definition)
        for (int renewals : new int[]{0, 1, 4}) {
            double d = 0.1;
            double brute = 0;
            for (int k = 0; k < 2_000; k++) {
                brute += m.survival(renewals + 1 + k) / m.survival(renewals) / Math.pow(1 + d, k);
            }
            assertEquals(brute, m.discountedExpectedResidualLifetime(renewals, d), 1e-9 * brute);
        }
        // F&H 2010 closed forms: DEL = 2F1(1, beta; alpha + beta; 1/(1 + d)), DERL(n - 1 renewals) =
        // (beta + n - 1)/(alpha + beta + n - 1) 2F1(1, beta + n; alpha + beta + n; 1/(1 + d))
        assertEquals(Hypergeometric2F1.value(1, 1.182, 0.704 + 1.182, 1 / 1.1), m.discountedExpectedLifetime(0.1), 1e-9);
        assertEquals((1.182 + 2) / (0.704 + 1.182 + 2) * Hypergeometric2F1.value(1, 1.182 + 3, 0.704 + 1.182 + 3, 1 / 1.1),
                m.discountedExpectedResidualLifetime(2, 0.1), 1e-9);
        // with no heterogeneity left to sort, DERL rises with tenure
        assertTrue(m.discountedExpectedResidualLifetime(4, 0.1) > m.discountedExpectedResidualLifetime(0, 0.1));
    }

    @Test
    void perCustomerContractsGiveTheSameLikelihoodAsTheCurve() {
        // the same 1,000 customers as rows: churned in period t, or still active after 7 periods
        List<ContractCustomer> customers = new ArrayList<>();
        for (int t = 1; t < REGULAR.length; t++) {
            for (long i = 0; i < REGULAR[t - 1] - REGULAR[t]; i++) {
                customers.add(new ContractCustomer("c" + customers.size(), t, true));
            }
        }
        for (long i = 0; i < REGULAR[REGULAR.length - 1]; i++) {
            customers.add(new ContractCustomer("c" + customers.size(), 7, false));
        }
        ShiftedBetaGeometricModel m = new ShiftedBetaGeometricModel(0.9, 1.5);
        assertEquals(ContractCohort.fromSurvivors(REGULAR).logLikelihood(m),
                ContractCohort.fromCustomers(customers).logLikelihood(m), 1e-9);
        ShiftedBetaGeometricFit fit = new ShiftedBetaGeometricFitter().fit(ContractCohort.fromCustomers(customers),
                Progress.NONE);
        assertEquals(0.704, fit.alpha(), 0.007);
    }

    @Test
    void censoredCustomersAtDifferentTenuresAreRightCensored() {
        // Kaplan-Meier on a hand case: 4 at risk, 1 churns in period 1, 1 censored after 1, 1 churns in 2
        List<ContractCustomer> c = List.of(new ContractCustomer("a", 1, true), new ContractCustomer("b", 1, false),
                new ContractCustomer("c", 2, true), new ContractCustomer("d", 3, false));
        double[] km = ContractCohort.fromCustomers(c).observedSurvival();
        assertEquals(0.75, km[1], 1e-12);
        assertEquals(0.75 * 0.5, km[2], 1e-12);
        ShiftedBetaGeometricModel m = new ShiftedBetaGeometricModel(1.3, 2.1);
        double expected = m.logChurnProbability(1) + m.logSurvival(1) + m.logChurnProbability(2) + m.logSurvival(3);
        assertEquals(expected, ContractCohort.fromCustomers(c).logLikelihood(m), 1e-12);
    }

    @Test
    void refusesACurveThatRises() {
        assertThrows(IllegalArgumentException.class, () -> ContractCohort.fromSurvivors(new long[]{100, 80, 90}));
    }
}
