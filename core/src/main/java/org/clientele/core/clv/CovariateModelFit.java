package org.clientele.core.clv;

import java.util.List;
import java.util.Map;

/**
 * A model refitted with covariates: the baseline parameters (for a customer at the reference level of every
 * categorical covariate and the mean of every numeric one) with standard errors, the covariate
 * coefficients, both log-likelihoods and the likelihood-ratio test against the model without covariates.
 */
public record CovariateModelFit(String model, Map<String, Double> baseline, Map<String, Double> baselineStandardErrors,
                                List<CovariateCoefficient> coefficients, double logLikelihood,
                                double withoutCovariatesLogLikelihood, LikelihoodRatioTest likelihoodRatioTest,
                                double aic, double bic, long customers) { }
