package org.clientele.core.clv;

import static org.apache.commons.math3.special.Gamma.logGamma;

import java.util.List;

/**
 * The modified BG/NBD model (Batislam, Denizel &amp; Filiztekin 2007, IJRM 24(3)): as BG/NBD, except that a
 * customer may also drop out right after the first purchase, so a customer with no repeat purchases is no
 * longer certainly alive. Expressions as in BTYDplus and lifetimes' ModifiedBetaGeoFitter.
 */
public record ModifiedBgNbdModel(double r, double alpha, double a, double b) implements PurchaseModel {

    public static final String NAME = "mbgnbd";

    private static final double NEAR_ONE = 1e-6;

    public ModifiedBgNbdModel {
        if (!(r > 0 && alpha > 0 && a > 0 && b > 0) || !Double.isFinite(r + alpha + a + b)) {
            throw new IllegalArgumentException("MBG/NBD parameters must be positive: r=" + r + " alpha=" + alpha
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
    public ModifiedBgNbdModel withParameters(double[] p) {
        return new ModifiedBgNbdModel(p[0], p[1], p[2], p[3]);
    }

    /**
     * log L = log[B(a, b+x+1)/B(a, b) Gamma(r+x) alpha^r / (Gamma(r) (alpha+T)^(r+x))] + log(1 + e^A4), with
     * A4 = log(a/(b+x)) + (r+x) log((alpha+T)/(alpha+t_x)): the second term is dropping out after the last purchase.
     */
    @Override
    public double logLikelihood(double x, double tx, double T) {
        double a1 = logGamma(r + x) - logGamma(r) + r * Math.log(alpha);
        double a2 = logGamma(a + b) + logGamma(b + x + 1) - logGamma(b) - logGamma(a + b + x + 1);
        return a1 + a2 - (r + x) * Math.log(alpha + T) + log1pExp(logDropOdds(x, tx, T));
    }

    /** log of P(dropped out after the last purchase) / P(alive), given the history. */
    private double logDropOdds(double x, double tx, double T) {
        return Math.log(a) - Math.log(b + x) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
    }

    static double log1pExp(double v) {
        return v > 35 ? v : Math.log1p(Math.exp(v));
    }

    @Override
    public double probabilityAlive(double x, double tx, double T) {
        return 1 / (1 + Math.exp(logDropOdds(x, tx, T)));
    }

    /**
     * E[Y(t) | x, t_x, T] = (a+b+x)/(a-1) [1 - ((alpha+T)/(alpha+T+t))^(r+x) 2F1(r+x, b+x+1; a+b+x; t/(alpha+T+t))]
     * P(alive).
     */
    @Override
    public double conditionalExpectedPurchases(double t, double x, double tx, double T) {
        if (t <= 0) {
            return 0;
        }
        if (Math.abs(a - 1) < NEAR_ONE) {
            return (new ModifiedBgNbdModel(r, alpha, 1 - 2 * NEAR_ONE, b).conditionalExpectedPurchases(t, x, tx, T)
                    + new ModifiedBgNbdModel(r, alpha, 1 + 2 * NEAR_ONE, b).conditionalExpectedPurchases(t, x, tx, T)) / 2;
        }
        double logHead = (r + x) * (Math.log(alpha + T) - Math.log(alpha + T + t));
        double bracket = -Math.expm1(logHead + Hypergeometric2F1.logValue(r + x, b + x + 1, a + b + x, t / (alpha + T + t)));
        return (a + b + x) / (a - 1) * bracket * probabilityAlive(x, tx, T);
    }

    /** E[X(t)] = b/(a-1) [1 - (alpha/(alpha+t))^r 2F1(r, b+1; a+b; t/(alpha+t))]. */
    @Override
    public double expectedPurchases(double t) {
        if (t <= 0) {
            return 0;
        }
        if (Math.abs(a - 1) < NEAR_ONE) {
            return (new ModifiedBgNbdModel(r, alpha, 1 - 2 * NEAR_ONE, b).expectedPurchases(t)
                    + new ModifiedBgNbdModel(r, alpha, 1 + 2 * NEAR_ONE, b).expectedPurchases(t)) / 2;
        }
        double logHead = r * (Math.log(alpha) - Math.log(alpha + t));
        return b / (a - 1) * -Math.expm1(logHead + Hypergeometric2F1.logValue(r, b + 1, a + b, t / (alpha + t)));
    }
}
