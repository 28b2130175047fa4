package org.clientele.core.clv;

import static org.apache.commons.math3.special.Gamma.logGamma;

import java.util.List;

/**
 * The BG/NBD model of repeat buying (Fader, Hardie &amp; Lee 2005, "Counting Your Customers the Easy Way",
 * Marketing Science 24(2)): while alive a customer buys as a Poisson process with rate lambda ~ Gamma(r,
 * alpha); after each repeat purchase they drop out with probability p ~ Beta(a, b). Times are in the unit
 * the model was fitted in.
 */
public record BgNbdModel(double r, double alpha, double a, double b) implements PurchaseModel {

    public static final String NAME = "bgnbd";

    private static final double NEAR_ONE = 1e-6;

    public BgNbdModel {
        if (!(r > 0 && alpha > 0 && a > 0 && b > 0) || !Double.isFinite(r + alpha + a + b)) {
            throw new IllegalArgumentException("BG/NBD parameters must be positive: r=" + r + " alpha=" + alpha
                    + " a=" + a + " b=" + b);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> parameterNames() {
        return List.of("r", "alpha", "a", "b");
    }

    @Override
    public double[] parameters() {
        return new double[]{r, alpha, a, b};
    }

    @Override
    public BgNbdModel withParameters(double[] p) {
        return new BgNbdModel(p[0], p[1], p[2], p[3]);
    }

    /**
     * log L(r, alpha, a, b | x, t_x, T) of one customer (FHL 2005, eq. 6), computed as
     * A1 + A2 + log(exp(A3) + [x &gt; 0] exp(A4)) with the sum done by log-sum-exp.
     */
    @Override
    public double logLikelihood(double x, double tx, double T) {
        double a1 = logGamma(r + x) - logGamma(r) + r * Math.log(alpha);
        double a2 = logGamma(a + b) + logGamma(b + x) - logGamma(b) - logGamma(a + b + x);
        double a3 = -(r + x) * Math.log(alpha + T);
        if (x <= 0) {
            return a1 + a2 + a3;
        }
        double a4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
        return a1 + a2 + logSumExp(a3, a4);
    }

    /** P(alive | x, t_x, T) (FHL 2005 technical note; the same expression as lifetimes). */
    @Override
    public double probabilityAlive(double x, double tx, double T) {
        if (x <= 0) {
            return 1;
        }
        double logOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
        return 1 / (1 + Math.exp(logOdds));
    }

    /**
     * E[Y(t) | x, t_x, T]: expected purchases in the next t units of a customer with this history
     * (FHL 2005, eq. 10).
     */
    @Override
    public double conditionalExpectedPurchases(double t, double x, double tx, double T) {
        if (t <= 0) {
            return 0;
        }
        if (Math.abs(a - 1) < NEAR_ONE) {
            // (a + b + x - 1) / (a - 1) times a bracket that vanishes at a = 1: use the symmetric limit.
            return (new BgNbdModel(r, alpha, 1 - 2 * NEAR_ONE, b).conditionalExpectedPurchases(t, x, tx, T)
                    + new BgNbdModel(r, alpha, 1 + 2 * NEAR_ONE, b).conditionalExpectedPurchases(t, x, tx, T)) / 2;
        }
        if (Math.abs(a + b + x - 1) < NEAR_ONE) {
            if (b <= 2 * NEAR_ONE) {
                // b cannot step below zero (a fit with a, b -> 0 lands here at x = 1): extrapolate from above.
                return 2 * new BgNbdModel(r, alpha, a, b + 2 * NEAR_ONE).conditionalExpectedPurchases(t, x, tx, T)
                        - new BgNbdModel(r, alpha, a, b + 4 * NEAR_ONE).conditionalExpectedPurchases(t, x, tx, T);
            }
            return (new BgNbdModel(r, alpha, a, b - 2 * NEAR_ONE).conditionalExpectedPurchases(t, x, tx, T)
                    + new BgNbdModel(r, alpha, a, b + 2 * NEAR_ONE).conditionalExpectedPurchases(t, x, tx, T)) / 2;
        }
        double z = t / (alpha + T + t);
        double logHead = (r + x) * (Math.log(alpha + T) - Math.log(alpha + T + t));
        double bracket = oneMinusHeadTimes2F1(logHead, r + x, b + x, a + b + x - 1, z);
        double numerator = (a + b + x - 1) / (a - 1) * bracket;
        if (x <= 0) {
            return numerator;
        }
        double logOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
        return numerator / (1 + Math.exp(logOdds));
    }

    /** E[X(t)]: expected purchases in (0, t] of a customer picked at random from the start (FHL 2005, eq. 9). */
    @Override
    public double expectedPurchases(double t) {
        if (t <= 0) {
            return 0;
        }
        if (Math.abs(a - 1) < NEAR_ONE) {
            return (new BgNbdModel(r, alpha, 1 - 2 * NEAR_ONE, b).expectedPurchases(t)
                    + new BgNbdModel(r, alpha, 1 + 2 * NEAR_ONE, b).expectedPurchases(t)) / 2;
        }
        if (Math.abs(a + b - 1) < NEAR_ONE) {
            if (b <= 2 * NEAR_ONE) {
                return 2 * new BgNbdModel(r, alpha, a, b + 2 * NEAR_ONE).expectedPurchases(t)
                        - new BgNbdModel(r, alpha, a, b + 4 * NEAR_ONE).expectedPurchases(t);
            }
            return (new BgNbdModel(r, alpha, a, b - 2 * NEAR_ONE).expectedPurchases(t)
                    + new BgNbdModel(r, alpha, a, b + 2 * NEAR_ONE).expectedPurchases(t)) / 2;
        }
        double logHead = r * (Math.log(alpha) - Math.log(alpha + t));
        return (a + b - 1) / (a - 1) * oneMinusHeadTimes2F1(logHead, r, b, a + b - 1, t / (alpha + t));
    }

    /**
     * 1 - exp(logHead) 2F1(fa, fb; c; z). With a + b &lt; 1 (a fit on little or odd data can land there)
     * c is below zero for customers without repeat purchases, where the series is not all positive.
     */
    private static double oneMinusHeadTimes2F1(double logHead, double fa, double fb, double c, double z) {
        if (c > 0) {
            return -Math.expm1(logHead + Hypergeometric2F1.logValue(fa, fb, c, z));
        }
        return 1 - Math.exp(logHead) * Hypergeometric2F1.valueBelowZeroC(fa, fb, c, z);
    }

    static double logSumExp(double u, double v) {
        double max = Math.max(u, v);
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        return max + Math.log(Math.exp(u - max) + Math.exp(v - max));
    }
}
