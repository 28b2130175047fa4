package org.clientele.core.clv;

/**
 * The shifted-beta-geometric (sBG) model of contract retention (Fader &amp; Hardie 2007, "How to Project
 * Customer Retention", Journal of Interactive Marketing 21(1)): at the end of each period a customer
 * renews with probability 1 - theta, theta ~ Beta(alpha, beta) across customers. T is the period in which
 * a customer churns (T = 1: gone by the end of the first period). Periods are whatever the contract's are.
 */
public record ShiftedBetaGeometricModel(double alpha, double beta) {

    private static final int MAX_TERMS = 10_000_000;

    public ShiftedBetaGeometricModel {
        if (!(alpha > 0 && beta > 0) || !Double.isFinite(alpha + beta)) {
            throw new IllegalArgumentException("sBG parameters must be positive: alpha=" + alpha + " beta=" + beta);
        }
    }

    /**
     * r_t = P(T &gt; t | T &gt; t - 1) = (beta + t - 1) / (alpha + beta + t - 1) (F&amp;H 2007, eq. 8): the
     * share of customers alive at the start of period t who renew at its end. Rises with t (sorting).
     */
    public double retentionRate(int t) {
        if (t < 1) {
            throw new IllegalArgumentException("period must be at least 1, was " + t);
        }
        return (beta + t - 1) / (alpha + beta + t - 1);
    }

    /** S(t) = P(T &gt; t) = B(alpha, beta + t) / B(alpha, beta), as the product of the retention rates. */
    public double survival(int t) {
        return Math.exp(logSurvival(t));
    }

    public double logSurvival(int t) {
        double log = 0;
        for (int i = 1; i <= t; i++) {
            log += Math.log(retentionRate(i));
        }
        return log;
    }

    /** P(T = t) = B(alpha + 1, beta + t - 1) / B(alpha, beta) (F&amp;H 2007, eq. 3). */
    public double churnProbability(int t) {
        return Math.exp(logChurnProbability(t));
    }

    public double logChurnProbability(int t) {
        return logSurvival(t - 1) + Math.log1p(-retentionRate(t));
    }

    /**
     * Discounted expected residual lifetime of a customer who has made {@code renewals} renewals and is about
     * to decide on the next one (Fader &amp; Hardie 2010, "Customer-Base Valuation in a Contractual Setting:
     * The Perils of Ignoring Heterogeneity", Marketing Science 29(1), eq. 6):
     * sum over future periods of P(still a customer | renewals so far) / (1 + d)^k, k = 0, 1, ...; equal to
     * (beta + n - 1)/(alpha + beta + n - 1) 2F1(1, beta + n; alpha + beta + n; 1/(1 + d)) with n = renewals + 1.
     * Multiply by the margin per period for the customer's expected residual value.
     */
    public double discountedExpectedResidualLifetime(int renewals, double discountRate) {
        if (renewals < 0) {
            throw new IllegalArgumentException("renewals must be non-negative, was " + renewals);
        }
        if (!(discountRate > 0)) {
            throw new IllegalArgumentException("DERL needs a positive discount rate, was " + discountRate);
        }
        int n = renewals + 1;
        double term = retentionRate(n);
        double sum = 0;
        double factor = 1 / (1 + discountRate);
        // Terms fall at least geometrically (retention < 1, discount < 1); stop when the tail bound is negligible.
        for (int k = 0; k < MAX_TERMS; k++) {
            sum += term;
            double next = term * retentionRate(n + k + 1) * factor;
            if (next < 1e-15 * sum * (1 - factor)) {
                break;
            }
            term = next;
        }
        return sum;
    }

    /** Discounted expected lifetime of a new customer, counting the first period: 1 + DERL after 0 renewals. */
    public double discountedExpectedLifetime(double discountRate) {
        return 1 + discountedExpectedResidualLifetime(0, discountRate) / (1 + discountRate);
    }
}
