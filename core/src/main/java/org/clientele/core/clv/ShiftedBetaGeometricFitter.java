package org.clientele.core.clv;

import org.clientele.core.UnusableDataException;
import org.clientele.core.UserInputException.Reason;
import org.clientele.core.task.Progress;

import java.util.Locale;

/** Fits the sBG model to a {@link ContractCohort} by maximum likelihood (Fader &amp; Hardie 2007). */
public final class ShiftedBetaGeometricFitter {

    /** Parameters this large mean the maximum is at infinity (no heterogeneity to measure), not an estimate. */
    private static final double RUNAWAY = 1e7;

    private final int starts;
    private final long seed;

    public ShiftedBetaGeometricFitter(int starts, long seed) {
        if (starts < 1) {
            throw new IllegalArgumentException("starts must be at least 1");
        }
        this.starts = starts;
        this.seed = seed;
    }

    public ShiftedBetaGeometricFitter() {
        this(BgNbdFitter.DEFAULT_STARTS, 42);
    }

    public ShiftedBetaGeometricFit fit(ContractCohort cohort, Progress progress) {
        long churned = cohort.churnedTotal();
        if (churned == 0) {
            throw new UnusableDataException(Reason.TOO_FEW_ROWS, "sBG cannot be fitted: no customer churned",
                    "Give a survivor curve or contracts in which some customers left");
        }
        long atRiskPeriods = 0;
        for (int t = 1; t <= cohort.periods(); t++) {
            atRiskPeriods += t * (cohort.churnedIn(t) + cohort.activeAfter(t));
        }
        // Start from a Beta(1, beta) whose mean churn matches the pooled churn per customer-period.
        double pooledChurn = Math.min(0.99, (double) churned / Math.max(1, atRiskPeriods));
        double[] initial = {1, Math.max(1e-3, (1 - pooledChurn) / pooledChurn)};
        MaximumLikelihood.Estimate e = MaximumLikelihood.maximise(p -> {
            if (!(p[0] > 0 && p[1] > 0) || !Double.isFinite(p[0] + p[1])) {
                return Double.NaN;
            }
            return cohort.logLikelihood(new ShiftedBetaGeometricModel(p[0], p[1]));
        }, initial, starts, seed, progress);
        double[] q = e.parameters();
        if (!(Math.max(q[0], q[1]) < RUNAWAY)) {
            throw new UnusableDataException(Reason.CANNOT_FIT, String.format(Locale.ROOT, "sBG has no finite estimate "
                    + "(alpha = %.3g, beta = %.3g): the churn rate does not vary between customers in this data",
                    q[0], q[1]), "Use a longer survivor curve, or a constant-churn (geometric) model");
        }
        ModelFitStatistics stats = ModelFitStatistics.of(e.logLikelihood(), 2, cohort.customers());
        double[] se = e.standardErrors();
        return new ShiftedBetaGeometricFit(q[0], q[1], new ShiftedBetaGeometricFit.ParameterErrors(se[0], se[1]),
                e.logLikelihood(), stats.aic(), stats.bic(), cohort.customers(), churned, cohort.periods(), starts, seed);
    }
}
