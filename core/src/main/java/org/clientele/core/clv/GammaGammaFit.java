package org.clientele.core.clv;

/**
 * Maximum-likelihood estimates of the Gamma–Gamma spend model on the customers with repeat purchases,
 * with asymptotic standard errors (NaN when unavailable).
 */
public record GammaGammaFit(double p, double q, double gamma, double logLikelihood, ParameterErrors standardErrors,
                            int customers, double populationMeanSpend, int starts, long seed) {

    /** Standard errors of p, q, gamma. */
    public record ParameterErrors(double p, double q, double gamma) { }

    public GammaGammaModel model() {
        return new GammaGammaModel(p, q, gamma);
    }
}
