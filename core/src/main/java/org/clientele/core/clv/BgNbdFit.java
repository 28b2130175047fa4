package org.clientele.core.clv;

/**
 * Maximum-likelihood estimates of the BG/NBD parameters, with their asymptotic standard errors (NaN when
 * the Hessian was not positive definite), the data size and the settings that produced them.
 */
public record BgNbdFit(double r, double alpha, double a, double b, double logLikelihood,
                       ParameterErrors standardErrors, int customers, String timeUnit, int starts, long seed) {

    /** Standard errors of r, alpha, a, b. */
    public record ParameterErrors(double r, double alpha, double a, double b) { }

    public BgNbdModel model() {
        return new BgNbdModel(r, alpha, a, b);
    }
}
