package org.clientele.core.clv;

import org.clientele.core.task.Progress;

import java.util.List;

/**
 * BG/NBD with time-invariant covariates (Fader &amp; Hardie 2007, "Incorporating Time-Invariant Covariates
 * into the Pareto/NBD and BG/NBD Models"): alpha_i = alpha0 exp(-c1'z_i), so exp(c1) multiplies the mean
 * purchase rate r/alpha_i; a_i = a0 exp(c2'z_i) and b_i = b0 exp(c3'z_i) move the dropout distribution.
 * Fitted by maximum likelihood from the covariate-free estimates, with a likelihood-ratio test against them.
 */
public final class BgNbdCovariateFitter {

    private final int starts;
    private final long seed;

    public BgNbdCovariateFitter(int starts, long seed) {
        this.starts = starts;
        this.seed = seed;
    }

    /** The fit and the parameters of any covariate row. */
    public record Fit(CovariateModelFit summary, double r, double alpha0, double a0, double b0, double[] rate,
                      double[] a, double[] b) {

        public BgNbdModel modelFor(double[] z) {
            double dotRate = 0;
            double dotA = 0;
            double dotB = 0;
            for (int j = 0; j < z.length; j++) {
                dotRate += rate[j] * z[j];
                dotA += a[j] * z[j];
                dotB += b[j] * z[j];
            }
            return new BgNbdModel(r, alpha0 * Math.exp(-dotRate), a0 * Math.exp(dotA), b0 * Math.exp(dotB));
        }
    }

    /** @param customers in the order of {@code design.rows()}; {@code base} the fit without covariates */
    public Fit fit(List<CustomerRfmSummary> customers, CovariateDesign design, BgNbdFit base, Progress progress) {
        int k = design.terms().size();
        CovariateGroups groups = new CovariateGroups(design.rows());
        List<RfmPatterns> pooled = groups.pooled(customers);
        double[] initial = new double[4 + 3 * k];
        initial[0] = base.r();
        initial[1] = base.alpha();
        initial[2] = base.a();
        initial[3] = base.b();
        java.util.Arrays.fill(initial, 4, initial.length, 1.0);
        MaximumLikelihood.Estimate e = MaximumLikelihood.maximise(p -> {
            double total = 0;
            for (int g = 0; g < pooled.size(); g++) {
                double[] z = groups.rows.get(g);
                total += pooled.get(g).bgNbdLogLikelihood(p[0], p[1] * Math.exp(-CovariateGroups.linear(p, 4, z)),
                        p[2] * Math.exp(CovariateGroups.linear(p, 4 + k, z)),
                        p[3] * Math.exp(CovariateGroups.linear(p, 4 + 2 * k, z)));
            }
            return total;
        }, initial, starts, seed, progress);
        double[][] c = new double[3][k];
        CovariateModelFit summary = CovariateModelFit.of("bgnbd", new String[]{"r", "alpha0", "a0", "b0"},
                new String[]{"alpha", "a", "b"}, new String[]{"mean purchase rate", "a (dropout shape)", "b (dropout shape)"},
                design.terms(), e, base.logLikelihood(), customers.size(), c);
        double[] p = e.parameters();
        return new Fit(summary, p[0], p[1], p[2], p[3], c[0], c[1], c[2]);
    }
}
