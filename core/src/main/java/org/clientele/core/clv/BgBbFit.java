package org.clientele.core.clv;

/**
 * Maximum-likelihood BG/BB estimates with asymptotic standard errors (NaN when unavailable), AIC/BIC and
 * what they were fitted on.
 */
public record BgBbFit(double alpha, double beta, double gamma, double delta, ParameterErrors standardErrors,
                      double logLikelihood, double aic, double bic, long customers, int patterns, int starts,
                      long seed) {

    /** Standard errors of alpha, beta, gamma, delta. */
    public record ParameterErrors(double alpha, double beta, double gamma, double delta) { }

    public BgBbModel model() {
        return new BgBbModel(alpha, beta, gamma, delta);
    }
}
