package org.clientele.core.clv;

import static org.apache.commons.math3.special.Gamma.logGamma;

/**
 * The Gamma–Gamma model of spend per transaction (Fader, Hardie &amp; Lee 2005, "RFM and CLV: Using
 * Iso-Value Curves for Customer Base Analysis", JMR 42(4); Fader &amp; Hardie 2013, "The Gamma-Gamma Model
 * of Monetary Value"): a customer's transaction values are Gamma(p, nu) with nu ~ Gamma(q, gamma) across
 * customers. {@code gamma} is what the lifetimes package calls v.
 */
public record GammaGammaModel(double p, double q, double gamma) {

    public GammaGammaModel {
        if (!(p > 0 && q > 0 && gamma > 0) || !Double.isFinite(p + q + gamma)) {
            throw new IllegalArgumentException("Gamma-Gamma parameters must be positive: p=" + p + " q=" + q
                    + " gamma=" + gamma);
        }
    }

    /**
     * log L(p, q, gamma | mbar, x) of one customer with x &gt; 0 repeat transactions of mean value mbar
     * (Fader &amp; Hardie 2013, eq. 3): the density of the mean of x Gamma(p, nu) values, mixed over nu.
     */
    public double logLikelihood(double x, double meanValue) {
        double px = p * x;
        return logGamma(px + q) - logGamma(px) - logGamma(q) + q * Math.log(gamma)
                + (px - 1) * Math.log(meanValue) + px * Math.log(x) - (px + q) * Math.log(gamma + meanValue * x);
    }

    /** E[Z] of a customer picked at random: p gamma / (q - 1); infinite when q &lt;= 1. */
    public double populationMeanSpend() {
        return q > 1 ? p * gamma / (q - 1) : Double.POSITIVE_INFINITY;
    }

    /**
     * E[M | mbar, x]: the expected value of a transaction of a customer with x repeat transactions of mean
     * mbar (Fader, Hardie &amp; Lee 2005, eq. 5), a weighted average of the population mean and mbar; with no
     * repeat transactions (x = 0 or mbar NaN) it is the population mean.
     */
    public double conditionalExpectedAverageSpend(double x, double meanValue) {
        if (!(q > 1)) {
            return Double.NaN;
        }
        if (x <= 0 || !Double.isFinite(meanValue)) {
            return populationMeanSpend();
        }
        return p * (gamma + x * meanValue) / (p * x + q - 1);
    }
}
