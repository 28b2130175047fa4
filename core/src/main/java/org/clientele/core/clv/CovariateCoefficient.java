package org.clientele.core.clv;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * One covariate effect: the coefficient of {@code term} on {@code parameter}, its standard error, the Wald z
 * and two-sided p-value, and {@code multiplier} = exp(estimate), the factor by which the term multiplies what
 * {@code effect} names (e.g. the mean purchase rate).
 */
public record CovariateCoefficient(String parameter, String term, String effect, double estimate,
                                   double standardError, double z, double pValue, double multiplier) {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    static CovariateCoefficient of(String parameter, String term, String effect, double estimate, double se,
                                   boolean effectIsInverse) {
        double z = estimate / se;
        double p = Double.isFinite(z) ? 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z)) : Double.NaN;
        return new CovariateCoefficient(parameter, term, effect, estimate, se, z, p,
                Math.exp(effectIsInverse ? -estimate : estimate));
    }

    /** The multiplier in words, e.g. "multiplies the mean purchase rate by 1.35"; empty when it is unknown. */
    public String inWords() {
        if (!Double.isFinite(multiplier)) {
            return "";
        }
        String what = effect.startsWith("mean ") ? "the " + effect : effect;
        return String.format(java.util.Locale.ROOT, "multiplies %s by %.3g", what, multiplier);
    }
}
