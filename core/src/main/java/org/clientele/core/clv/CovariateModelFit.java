package org.clientele.core.clv;

import java.util.ArrayList;
import java.util.Locale;
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

    /** What the covariates are tested on, as an analyst reads it. */
    private String tested() {
        return switch (model) {
            case "gammaGamma" -> "spend per purchase (Gamma–Gamma)";
            case "pnbd" -> "buying and dropout rates (Pareto/NBD)";
            default -> "buying and dropout rates (" + PurchaseModelKind.of(model).label() + ")";
        };
    }

    /**
     * The likelihood-ratio test as one sentence, e.g. "Country changes buying and dropout rates (BG/NBD): LR 12.3
     * on 4 df, p = 0.015." (at the 5 % level; "shows no clear effect on" above it).
     */
    public String likelihoodRatioSentence(List<String> columns) {
        LikelihoodRatio lr = likelihoodRatioTest;
        String who = String.join(" and ", columns);
        boolean clear = lr.pValue() < 0.05;
        String verb = clear ? (columns.size() == 1 ? " changes " : " change ")
                : (columns.size() == 1 ? " shows no clear effect on " : " show no clear effect on ");
        String p = lr.pValue() < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.2g", lr.pValue());
        return String.format(Locale.ROOT, "%s%s%s: LR %.1f on %d df, %s.", who, verb, tested(), lr.statistic(),
                lr.degreesOfFreedom(), p);
    }
}
