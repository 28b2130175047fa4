package org.clientele.core.clv;

import org.clientele.core.task.Progress;

import java.util.List;

/**
 * Pareto/NBD with time-invariant covariates (Fader &amp; Hardie 2007, "Incorporating Time-Invariant
 * Covariates into the Pareto/NBD and BG/NBD Models"): alpha_i = alpha0 exp(-c1'z_i) and beta_i = beta0
 * exp(-c2'z_i), so exp(c1) multiplies the mean purchase rate r/alpha_i and exp(c2) the mean dropout rate
 * s/beta_i. Fitted by maximum likelihood from the covariate-free estimates, with a likelihood-ratio test.
 */
public final class ParetoNbdCovariateFitter {

    private final int starts;
    private final long seed;

    public ParetoNbdCovariateFitter(int starts, long seed) {
        this.starts = starts;
        this.seed = seed;
    }

    /** The fit and the parameters of any covariate row. */
    public record Fit(CovariateModelFit summary, double r, double alpha0, double s, double beta0, double[] rate,
                      double[] dropout) {

        public ParetoNbdModel modelFor(double[] z) {
            double dotRate = 0;
            double dotDrop = 0;
            for (int j = 0; j < z.length; j++) {
                dotRate += rate[j] * z[j];
                dotDrop += dropout[j] * z[j];
            }
            return new ParetoNbdModel(r, alpha0 * Math.exp(-dotRate), s, beta0 * Math.exp(-dotDrop));
        }
    }

    /**
     * @param customers in the order of {@code design.rows()}
     * @param base      the covariate-free Pareto/NBD fit (its estimates start the search, its LL is the null)
     */
    public Fit fit(List<CustomerRfmSummary> customers, CovariateDesign design, ParetoNbdModel base,
                   double baseLogLikelihood, Progress progress) {
        int k = design.terms().size();
        CovariateGroups groups = new CovariateGroups(design.rows());
        List<RfmPatterns> pooled = groups.pooled(customers);
        double[] initial = new double[4 + 2 * k];
        initial[0] = base.r();
        initial[1] = base.alpha();
        initial[2] = base.s();
        initial[3] = base.beta();
        java.util.Arrays.fill(initial, 4, initial.length, 1.0);
        MaximumLikelihood.Estimate e = MaximumLikelihood.maximise(p -> {
            if (!Double.isFinite(p[0] + p[1] + p[2] + p[3])) {
                return Double.NaN;
            }
            double total = 0;
            for (int g = 0; g < pooled.size(); g++) {
                double[] z = groups.rows.get(g);
                double alpha = p[1] * Math.exp(-CovariateGroups.linear(p, 4, z));
                double beta = p[3] * Math.exp(-CovariateGroups.linear(p, 4 + k, z));
                if (!(alpha > 0 && beta > 0) || !Double.isFinite(alpha + beta)) {
                    return Double.NaN;
                }
                ParetoNbdModel model = new ParetoNbdModel(p[0], alpha, p[2], beta);
                total += pooled.get(g).sum(model::logLikelihood);
            }
            return total;
        }, initial, starts, seed, progress);
        double[][] c = new double[2][k];
        CovariateModelFit summary = CovariateModelFit.of("pnbd", new String[]{"r", "alpha0", "s", "beta0"},
                new String[]{"alpha", "beta"}, new String[]{"mean purchase rate", "mean dropout rate"}, design.terms(), e,
                baseLogLikelihood, customers.size(), c);
        double[] p = e.parameters();
        return new Fit(summary, p[0], p[1], p[2], p[3], c[0], c[1]);
    }
}
