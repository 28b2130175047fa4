package org.clientele.core.clv;

import static org.apache.commons.math3.special.Gamma.logGamma;

import java.util.List;

/**
 * The Pareto/NBD model (Schmittlein, Morrison &amp; Colombo 1987, Management Science 33(1)): while alive a
 * customer buys as a Poisson process with rate lambda ~ Gamma(r, alpha) and has an exponential lifetime with
 * rate mu ~ Gamma(s, beta). Likelihood, P(alive) and expectations as in Fader &amp; Hardie (2005), "A Note on
 * Deriving the Pareto/NBD Model and Related Expressions", all computed in log space.
 */
public record ParetoNbdModel(double r, double alpha, double s, double beta) implements PurchaseModel {

    public static final String NAME = "pnbd";

    private static final double NEAR_ONE = 1e-8;

    public ParetoNbdModel {
        if (!(r > 0 && alpha > 0 && s > 0 && beta > 0) || !Double.isFinite(r + alpha + s + beta)) {
            throw new IllegalArgumentException("Pareto/NBD parameters must be positive: r=" + r + " alpha=" + alpha
                    + " s=" + s + " beta=" + beta);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> parameterNames() {
        return List.of("r", "alpha", "s", "beta");
    }

    @Override
    public double[] parameters() {
        return new double[]{r, alpha, s, beta};
    }

    @Override
    public ParetoNbdModel withParameters(double[] p) {
        return new ParetoNbdModel(p[0], p[1], p[2], p[3]);
    }

    /**
     * log L = log[Gamma(r+x) alpha^r beta^s / Gamma(r)] + log[(alpha+T)^-(r+x) (beta+T)^-s + s/(r+s+x) A0]
     * (Fader &amp; Hardie 2005 note, eq. 22).
     */
    @Override
    public double logLikelihood(double x, double tx, double T) {
        return logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + s * Math.log(beta)
                + logBracket(r, alpha, s, beta, x, tx, T);
    }

    /** log[(alpha+T)^-(r+x) (beta+T)^-s + s/(r+s+x) A0]: the part of the likelihood the fitter needs per row. */
    static double logBracket(double r, double alpha, double s, double beta, double x, double tx, double T) {
        double alive = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
        double died = Math.log(s) - Math.log(r + s + x) + logA0(r, alpha, s, beta, x, tx, T);
        return BgNbdModel.logSumExp(alive, died);
    }

    /**
     * log A0 (Fader &amp; Hardie 2005 note, eq. 19–20): a difference of two 2F1 terms whose first parameter
     * pair depends on whether alpha &gt;= beta, so that the argument (|alpha - beta|) / (max + t) stays in [0, 1).
     * The difference is taken as log(u) + log(1 - v/u), which stays accurate when the terms are close.
     */
    static double logA0(double r, double alpha, double s, double beta, double x, double tx, double T) {
        double a = r + s + x;
        double b;
        double top;
        if (alpha >= beta) {
            b = s + 1;
            top = alpha;
        } else {
            b = r + x;
            top = beta;
        }
        double gap = Math.abs(alpha - beta);
        if (!(T > tx)) {
            return Double.NEGATIVE_INFINITY;
        }
        if (nearOne(gap, top, tx)) {
            return logA0ByQuadrature(r, alpha, s, beta, x, tx, T);
        }
        return logA0(a0Term(a, b, top, gap, tx), a0Term(a, b, top, gap, T));
    }

    /**
     * Above this 2F1 argument the series needs ~35 / (1 - z) terms (tens of thousands when the two time scales
     * are far apart, as in a fit running off) and A0 is integrated numerically instead.
     */
    static final double NEAR_ONE_Z = 0.95;

    /** Whether the 2F1 argument at t_x, gap / (top + t_x), is past {@link #NEAR_ONE_Z}. */
    static boolean nearOne(double gap, double top, double tx) {
        return gap > NEAR_ONE_Z * (top + tx);
    }

    private static final double[] GL_NODES;
    private static final double[] GL_WEIGHTS;

    static {
        var rule = new org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory().legendre(20);
        GL_NODES = new double[rule.getNumberOfPoints()];
        GL_WEIGHTS = new double[rule.getNumberOfPoints()];
        for (int i = 0; i < GL_NODES.length; i++) {
            GL_NODES[i] = rule.getPoint(i);
            GL_WEIGHTS[i] = rule.getWeight(i);
        }
    }

    /**
     * log A0 for T &gt; t_x from its integral form, A0 = (r+s+x) int_{t_x}^{T} (alpha+y)^-(r+x) (beta+y)^-(s+1) dy.
     * With c, C the smaller and larger of alpha, beta and k_c, k_C their exponents, v = (c+y)/(C+y) turns it into
     * (C-c)^(1-k_c-k_C) int (1-v)^(r+s+x-1) v^(-k_c) dv over [v(t_x), v(T)], integrated in w = ln v by 20-point
     * Gauss-Legendre on pieces across which the log-integrand changes by at most {@link #PIECE_RISE}, so each
     * piece is resolved to about machine precision however steep the whole integrand is.
     */
    static double logA0ByQuadrature(double r, double alpha, double s, double beta, double x, double tx, double T) {
        boolean alphaSmaller = alpha < beta;
        double c = alphaSmaller ? alpha : beta;
        double bigC = alphaSmaller ? beta : alpha;
        double kc = alphaSmaller ? r + x : s + 1;
        double kC = alphaSmaller ? s + 1 : r + x;
        double a = r + s + x;
        double w0 = Math.log(c + tx) - Math.log(bigC + tx);
        double w1 = Math.log(c + T) - Math.log(bigC + T);
        // log integrand in w: (1 - k_c) w + (a - 1) log(1 - e^w); its total variation sets the number of pieces.
        double variation = 0;
        double previous = logIntegrand(w0, kc, a);
        for (int i = 1; i <= 16; i++) {
            double g = logIntegrand(w0 + (w1 - w0) * i / 16, kc, a);
            variation += Math.abs(g - previous);
            previous = g;
        }
        int pieces = (int) Math.min(10_000, Math.ceil(variation / PIECE_RISE) + 1);
        double width = (w1 - w0) / pieces;
        // Summed relative to the largest log-integrand seen, so nothing overflows or underflows.
        double[] logs = new double[pieces * GL_NODES.length];
        double max = Double.NEGATIVE_INFINITY;
        int n = 0;
        for (int p = 0; p < pieces; p++) {
            double mid = w0 + (p + 0.5) * width;
            for (int i = 0; i < GL_NODES.length; i++) {
                double g = logIntegrand(mid + 0.5 * width * GL_NODES[i], kc, a) + Math.log(0.5 * width * GL_WEIGHTS[i]);
                logs[n++] = g;
                max = Math.max(max, g);
            }
        }
        double sum = 0;
        for (double g : logs) {
            sum += Math.exp(g - max);
        }
        return Math.log(a) + (1 - kc - kC) * Math.log(bigC - c) + max + Math.log(sum);
    }

    /** Log-integrand change allowed across one Gauss-Legendre piece (e^{8u} is integrated to ~1e-16 by 20 points). */
    private static final double PIECE_RISE = 8;

    /** log[(1 - v)^(a-1) v^(1-k_c)] at v = e^w: the integrand in v times dv/dw = v. */
    private static double logIntegrand(double w, double kc, double a) {
        return (1 - kc) * w + (a - 1) * Math.log(-Math.expm1(w));
    }

    /**
     * One of A0's two terms, log[2F1(a, b; a + 1; gap / (top + t)) (top + t)^-a], t = t_x or T. The fitter
     * computes each once per distinct (x, t) pair instead of per history, which is most of its work.
     */
    static double a0Term(double a, double b, double top, double gap, double t) {
        return log2F1WithCEqualsAPlusOne(a, b, gap / (top + t)) - a * Math.log(top + t);
    }

    /** log A0 from its terms at t_x ({@code first}) and T ({@code second}), for T &gt; t_x. */
    static double logA0(double first, double second) {
        return first + Math.log(-Math.expm1(Math.min(0, second - first)));
    }

    private static final double RELATIVE_TOLERANCE = 1e-15;
    private static final double RESCALE_ABOVE = 1e250;
    private static final int MAX_TERMS = 50_000_000;

    /**
     * log 2F1(a, b; a + 1; z) for a, b &gt; 0 and 0 &lt;= z &lt; 1 by its power series (Abramowitz &amp; Stegun 15.1.1).
     * The general {@link Hypergeometric2F1} bounds the tail by terms in a, which for the large a of a fit running
     * off needs ~sqrt(a) terms; with c = a + 1 every later term ratio is at most z max(1, (b + m) / (m + 1)), a
     * bound free of a, so summation stops after ~log(tolerance) / log(z) terms.
     */
    static double log2F1WithCEqualsAPlusOne(double a, double b, double z) {
        if (z == 0) {
            return 0;
        }
        double term = 1;
        double sum = 1;
        double logScale = 0;
        for (int n = 0; n < MAX_TERMS; n++) {
            term *= (a + n) / (a + n + 1) * (b + n) / (n + 1.0) * z;
            sum += term;
            if (sum > RESCALE_ABOVE) {
                sum /= RESCALE_ABOVE;
                term /= RESCALE_ABOVE;
                logScale += Math.log(RESCALE_ABOVE);
            }
            double q = z * Math.max(1, (b + n + 1) / (n + 2.0));
            if (q < 1 && term * q / (1 - q) <= RELATIVE_TOLERANCE * sum) {
                return logScale + Math.log(sum);
            }
        }
        throw new ArithmeticException("2F1(" + a + ", " + b + "; a + 1; " + z + ") did not converge");
    }

    /** P(alive | x, t_x, T) = 1 / (1 + s/(r+s+x) (alpha+T)^(r+x) (beta+T)^s A0) (eq. 18). */
    @Override
    public double probabilityAlive(double x, double tx, double T) {
        double logOdds = Math.log(s) - Math.log(r + s + x) + (r + x) * Math.log(alpha + T) + s * Math.log(beta + T)
                + logA0(r, alpha, s, beta, x, tx, T);
        return 1 / (1 + Math.exp(logOdds));
    }

    /**
     * E[Y(t) | x, t_x, T] = (r+x)(beta+T) / ((alpha+T)(s-1)) [1 - ((beta+T)/(beta+T+t))^(s-1)] P(alive)
     * (eq. 24), with the s = 1 limit (r+x)(beta+T)/(alpha+T) log(1 + t/(beta+T)).
     */
    @Override
    public double conditionalExpectedPurchases(double t, double x, double tx, double T) {
        if (t <= 0) {
            return 0;
        }
        return (r + x) * (beta + T) / (alpha + T) * lifetimeFactor(t / (beta + T)) * probabilityAlive(x, tx, T);
    }

    /** E[X(t)] = r beta / (alpha (s-1)) [1 - (beta/(beta+t))^(s-1)] (eq. 17). */
    @Override
    public double expectedPurchases(double t) {
        if (t <= 0) {
            return 0;
        }
        return r * beta / alpha * lifetimeFactor(t / beta);
    }

    /** [1 - (1+u)^-(s-1)] / (s-1), and its limit log(1+u) at s = 1, without cancellation near s = 1. */
    private double lifetimeFactor(double u) {
        double log1p = Math.log1p(u);
        if (Math.abs(s - 1) < NEAR_ONE) {
            return log1p;
        }
        return -Math.expm1(-(s - 1) * log1p) / (s - 1);
    }
}
