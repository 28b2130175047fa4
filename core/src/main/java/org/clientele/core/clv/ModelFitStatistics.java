package org.clientele.core.clv;

/**
 * Log-likelihood with the information criteria that compare models fitted to the same data: AIC = 2k - 2 LL
 * (Akaike 1974) and BIC = k ln(n) - 2 LL (Schwarz 1978), n = customers.
 */
public record ModelFitStatistics(double logLikelihood, int parameters, long customers, double aic, double bic) {

    public static ModelFitStatistics of(double logLikelihood, int parameters, long customers) {
        return new ModelFitStatistics(logLikelihood, parameters, customers, 2.0 * parameters - 2 * logLikelihood,
                parameters * Math.log(Math.max(1, customers)) - 2 * logLikelihood);
    }
}
