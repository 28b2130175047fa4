package org.clientele.core.clv;

import org.clientele.core.task.Progress;

import java.util.ArrayList;
import java.util.List;

import static org.apache.commons.math3.special.Gamma.logGamma;

/**
 * Gamma–Gamma spend with time-invariant covariates on the scale of nu: gamma_i = gamma0 exp(c'z_i), so the
 * mean spend p gamma_i / (q - 1) is multiplied by exp(c) per unit of a term (the covariate approach of
 * Fader &amp; Hardie 2007's note applied to the heterogeneity in spend). Fitted on the repeat buyers with
 * spend, with a likelihood-ratio test against the fit without covariates.
 */
public final class GammaGammaCovariateFitter {

    private final int starts;
    private final long seed;

    public GammaGammaCovariateFitter(int starts, long seed) {
        this.starts = starts;
        this.seed = seed;
    }

    /** The fit and the parameters of any covariate row. */
    public record Fit(CovariateModelFit summary, double p, double q, double gamma0, double[] scale) {

        public GammaGammaModel modelFor(double[] z) {
            double dot = 0;
            for (int j = 0; j < z.length; j++) {
                dot += scale[j] * z[j];
            }
            return new GammaGammaModel(p, q, gamma0 * Math.exp(dot));
        }
    }

    /** @param customers in the order of {@code design.rows()}; only repeat buyers with spend enter */
    public Fit fit(List<CustomerRfmSummary> customers, CovariateDesign design, GammaGammaFit base, Progress progress) {
        int k = design.terms().size();
        List<double[]> zs = new ArrayList<>();
        List<double[]> obs = new ArrayList<>();
        for (int i = 0; i < customers.size(); i++) {
            CustomerRfmSummary c = customers.get(i);
            if (c.frequency() > 0 && Double.isFinite(c.monetaryValue()) && c.monetaryValue() > 0) {
                zs.add(design.rows()[i]);
                obs.add(new double[]{c.frequency(), c.monetaryValue(), Math.log(c.monetaryValue()), Math.log(c.frequency())});
            }
        }
        CovariateGroups groups = new CovariateGroups(zs.toArray(double[][]::new));
        double[] initial = new double[3 + k];
        initial[0] = base.p();
        initial[1] = base.q();
        initial[2] = base.gamma();
        java.util.Arrays.fill(initial, 3, initial.length, 1.0);
        MaximumLikelihood.Estimate e = MaximumLikelihood.maximise(par -> {
            double p = par[0];
            double q = par[1];
            double total = 0;
            for (int g = 0; g < groups.size(); g++) {
                double logGammaI = Math.log(par[2]) + CovariateGroups.linear(par, 3, groups.rows.get(g));
                double gammaI = Math.exp(logGammaI);
                for (int i : groups.members.get(g)) {
                    double[] o = obs.get(i);
                    double px = p * o[0];
                    // Fader & Hardie 2013, eq. 3 at gamma_i (as GammaGammaModel.logLikelihood)
                    total += logGamma(px + q) - logGamma(px) - logGamma(q) + q * logGammaI + (px - 1) * o[2]
                            + px * o[3] - (px + q) * Math.log(gammaI + o[1] * o[0]);
                }
            }
            return total;
        }, initial, starts, seed, progress);
        double[][] c = new double[1][k];
        CovariateModelFit summary = CovariateModelFit.of("gammaGamma", new String[]{"p", "q", "gamma0"},
                new String[]{"gamma"}, new String[]{"mean spend per transaction"}, design.terms(), e, base.logLikelihood(),
                obs.size(), c);
        double[] par = e.parameters();
        return new Fit(summary, par[0], par[1], par[2], c[0]);
    }
}
