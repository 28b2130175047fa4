package org.clientele.core.clv;

/**
 * Maximum-likelihood sBG estimates with asymptotic standard errors (NaN when the Hessian was not positive
 * definite), the fit statistics and what they were fitted on.
 */
public record ShiftedBetaGeometricFit(double alpha, double beta, ParameterErrors standardErrors,
                                      double logLikelihood, double aic, double bic, long customers, long churned,
                                      int periods, int starts, long seed) {

    /** Standard errors of alpha and beta. */
    public record ParameterErrors(double alpha, double beta) { }

    public ShiftedBetaGeometricModel model() {
        return new ShiftedBetaGeometricModel(alpha, beta);
    }

    /** Mean churn probability across customers at the start, alpha / (alpha + beta). */
    public double meanChurnProbability() {
        return alpha / (alpha + beta);
    }
}
