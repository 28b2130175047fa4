package org.clientele.core.clv;

import static org.apache.commons.math3.special.Beta.logBeta;
import static org.apache.commons.math3.special.Gamma.logGamma;

/**
 * The beta-geometric/beta-Bernoulli (BG/BB) model of repeat transactions at discrete opportunities (Fader,
 * Hardie &amp; Shang 2010, "Customer-Base Analysis in a Discrete-Time Noncontractual Setting", Marketing
 * Science 29(6)): while alive a customer transacts at each opportunity with probability p ~ Beta(alpha,
 * beta), and becomes inactive before each opportunity with probability theta ~ Beta(gamma, delta). A history
 * is (x, t_x, n): x transactions in n opportunities after the first, the last at opportunity t_x.
 */
public record BgBbModel(double alpha, double beta, double gamma, double delta) {

    private static final double NEAR_ONE = 1e-6;

    public BgBbModel {
        if (!(alpha > 0 && beta > 0 && gamma > 0 && delta > 0) || !Double.isFinite(alpha + beta + gamma + delta)) {
            throw new IllegalArgumentException("BG/BB parameters must be positive: alpha=" + alpha + " beta=" + beta
                    + " gamma=" + gamma + " delta=" + delta);
        }
    }

    /**
     * log L(alpha, beta, gamma, delta | x, t_x, n) (FHS 2010, eq. 5): alive through all n opportunities, plus
     * the sum over the opportunity t_x + i + 1 (i = 0 .. n - t_x - 1) at which the customer died unseen.
     */
    public double logLikelihood(int x, int tx, int n) {
        double logBab = logBeta(alpha, beta);
        double logBgd = logBeta(gamma, delta);
        double aliveAll = logBeta(alpha + x, beta + n - x) - logBab + logBeta(gamma, delta + n) - logBgd;
        if (n - tx <= 0) {
            return aliveAll;
        }
        double first = logBeta(alpha + x, beta + tx - x) - logBab + logBeta(gamma + 1, delta + tx) - logBgd;
        return aliveAll + Math.log1p(Math.exp(first - aliveAll) * diedUnseenSum(x, tx, n));
    }

    /**
     * The died-unseen terms relative to the first: each next term multiplies by B(a, b + 1) / B(a, b) = b / (a + b)
     * in both beta functions, so the sum costs n - t_x multiplications instead of as many log-gammas.
     */
    double diedUnseenSum(int x, int tx, int n) {
        double term = 1;
        double sum = 0;
        for (int i = 0; i < n - tx; i++) {
            sum += term;
            double b1 = beta + tx - x + i;
            double b2 = delta + tx + i;
            term *= b1 / (alpha + x + b1) * b2 / (gamma + 1 + b2);
        }
        return sum;
    }

    /** P(alive at opportunity n + 1 | x, t_x, n) (FHS 2010, eq. 11). */
    public double probabilityAlive(int x, int tx, int n) {
        double alive = logBeta(alpha + x, beta + n - x) - logBeta(alpha, beta) + logBeta(gamma, delta + n + 1)
                - logBeta(gamma, delta);
        return Math.exp(alive - logLikelihood(x, tx, n));
    }

    /**
     * E[X(n, n + n*) | x, t_x, n]: expected transactions in the next {@code nStar} opportunities of a customer
     * with this history (FHS 2010, eq. 13).
     */
    public double conditionalExpectedTransactions(int nStar, int x, int tx, int n) {
        if (nStar <= 0) {
            return 0;
        }
        if (Math.abs(gamma - 1) < NEAR_ONE) {
            // delta / (gamma - 1) times a bracket that vanishes at gamma = 1: the symmetric limit.
            return (new BgBbModel(alpha, beta, 1 - 2 * NEAR_ONE, delta).conditionalExpectedTransactions(nStar, x, tx, n)
                    + new BgBbModel(alpha, beta, 1 + 2 * NEAR_ONE, delta)
                    .conditionalExpectedTransactions(nStar, x, tx, n)) / 2;
        }
        double logHead = logBeta(alpha + x + 1, beta + n - x) - logBeta(alpha, beta) - logLikelihood(x, tx, n)
                + logGamma(gamma + delta) - logGamma(1 + delta);
        double bracket = Math.exp(logGamma(1 + delta + n) - logGamma(gamma + delta + n))
                - Math.exp(logGamma(1 + delta + n + nStar) - logGamma(gamma + delta + n + nStar));
        return Math.exp(logHead) * delta / (gamma - 1) * bracket;
    }

    /** E[X(n)]: expected transactions in the first n opportunities of a new customer (FHS 2010, eq. 7). */
    public double expectedTransactions(int n) {
        if (n <= 0) {
            return 0;
        }
        if (Math.abs(gamma - 1) < NEAR_ONE) {
            return (new BgBbModel(alpha, beta, 1 - 2 * NEAR_ONE, delta).expectedTransactions(n)
                    + new BgBbModel(alpha, beta, 1 + 2 * NEAR_ONE, delta).expectedTransactions(n)) / 2;
        }
        double ratio = Math.exp(logGamma(gamma + delta) - logGamma(1 + delta) + logGamma(1 + delta + n)
                - logGamma(gamma + delta + n));
        return alpha / (alpha + beta) * delta / (gamma - 1) * (1 - ratio);
    }
}
