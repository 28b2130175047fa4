package org.clientele.core.clv;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * The likelihood-ratio test of nested models (Wilks 1938): 2 (LL_full - LL_restricted) is asymptotically
 * chi-squared with as many degrees of freedom as the restrictions; a small p-value says the extra parameters
 * (here: the covariate effects) improve the fit beyond chance.
 */
public record LikelihoodRatio(double statistic, int degreesOfFreedom, double pValue) {

    public static LikelihoodRatio of(double fullLogLikelihood, double restrictedLogLikelihood, int restrictions) {
        // a full model that fits worse than the restricted one is an optimiser shortfall: report 0, not < 0
        double statistic = Math.max(0, 2 * (fullLogLikelihood - restrictedLogLikelihood));
        double p = 1 - new ChiSquaredDistribution(null, restrictions).cumulativeProbability(statistic);
        return new LikelihoodRatio(statistic, restrictions, p);
    }
}
