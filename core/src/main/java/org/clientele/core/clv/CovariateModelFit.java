package org.clientele.core.clv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model refitted with covariates: the baseline parameters (for a customer at the reference level of every
 * categorical covariate and the mean of every numeric one) with standard errors, the covariate
 * coefficients, both log-likelihoods and the likelihood-ratio test against the model without covariates.
 */
public record CovariateModelFit(String model, Map<String, Double> baseline, Map<String, Double> baselineStandardErrors,
                                List<CovariateCoefficient> coefficients, double logLikelihood,
                                double withoutCovariatesLogLikelihood, LikelihoodRatio likelihoodRatioTest,
                                double aic, double bic, long customers) {

    /**
     * From an estimate whose first {@code baseNames.length} parameters are the baseline and the rest, block
     * after block, each term's multiplier exp(coefficient) on one parameter.
     *
     * @param coefficients filled with the coefficients, [block][term], for the caller's model
     */
    static CovariateModelFit of(String model, String[] baseNames, String[] parameters, String[] effects,
                                List<String> terms, MaximumLikelihood.Estimate e, double withoutCovariatesLogLikelihood,
                                int customers, double[][] coefficients) {
        double[] p = e.parameters();
        double[] se = e.standardErrors();
        int k = terms.size();
        List<CovariateCoefficient> list = new ArrayList<>();
        for (int block = 0; block < parameters.length; block++) {
            for (int j = 0; j < k; j++) {
                int at = baseNames.length + block * k + j;
                coefficients[block][j] = Math.log(p[at]);
                list.add(CovariateCoefficient.of(parameters[block], terms.get(j), effects[block], coefficients[block][j],
                        se[at] / p[at], false));
            }
        }
        Map<String, Double> baseline = new LinkedHashMap<>();
        Map<String, Double> baselineSe = new LinkedHashMap<>();
        for (int i = 0; i < baseNames.length; i++) {
            baseline.put(baseNames[i], p[i]);
            baselineSe.put(baseNames[i], se[i]);
        }
        ModelFitStatistics stats = ModelFitStatistics.of(e.logLikelihood(), p.length, customers);
        return new CovariateModelFit(model, baseline, baselineSe, list, e.logLikelihood(), withoutCovariatesLogLikelihood,
                LikelihoodRatio.of(e.logLikelihood(), withoutCovariatesLogLikelihood, parameters.length * k), stats.aic(),
                stats.bic(), customers);
    }
}
