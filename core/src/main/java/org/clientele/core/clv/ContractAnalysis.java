package org.clientele.core.clv;

import org.clientele.core.task.Progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The sBG stage in one call: fit, project the survivor curve, and value the active customers by DERL. */
public final class ContractAnalysis {

    /** Below this many churned customers the two parameters are poorly pinned down. */
    static final int FEW_CHURNED = 30;

    private ContractAnalysis() {
    }

    public static ContractResult run(ContractTableReader.Contracts contracts, DiscreteModelOptions options,
                                     Progress progress) {
        ContractCohort cohort = contracts.cohort();
        ShiftedBetaGeometricFit fit = new ShiftedBetaGeometricFitter(options.starts(), options.seed())
                .fit(cohort, progress.slice(0, 0.8));
        List<String> warnings = new ArrayList<>();
        if (fit.churned() < FEW_CHURNED) {
            warnings.add("only " + fit.churned() + " customers churned: the estimates are very uncertain");
        }
        if (Double.isNaN(fit.standardErrors().alpha())) {
            warnings.add("sBG standard errors are unavailable: the likelihood is flat at the estimate");
        }
        if (cohort.periods() < 3) {
            warnings.add(String.format(Locale.ROOT, "only %d period%s observed: a longer survivor curve separates "
                    + "heterogeneity from a falling churn rate", cohort.periods(), cohort.periods() == 1 ? "" : "s"));
        }
        if (Math.min(fit.alpha(), fit.beta()) < BgBbAnalysis.EDGE) {
            warnings.add(String.format(Locale.ROOT, "the fit is at the edge of the parameter space (alpha=%.3g, "
                    + "beta=%.3g): the churn-rate distribution is degenerate, so treat the projection with care",
                    fit.alpha(), fit.beta()));
        }
        ShiftedBetaGeometricModel model = fit.model();
        int horizon = options.horizonPeriods() != null ? options.horizonPeriods()
                : Math.max(12, 2 * cohort.periods());
        horizon = Math.max(horizon, cohort.periods());
        double[] observed = cohort.observedSurvival();
        double d = options.discountRate();
        List<ContractResult.PeriodProjection> projection = new ArrayList<>(horizon + 1);
        for (int t = 0; t <= horizon; t++) {
            projection.add(new ContractResult.PeriodProjection(t, t < observed.length ? observed[t] : Double.NaN,
                    model.survival(t), t == 0 ? Double.NaN : model.retentionRate(t),
                    t == 0 ? Double.NaN : model.churnProbability(t), cohort.customers() * model.survival(t),
                    model.discountedExpectedResidualLifetime(t, d)));
        }
        List<ContractResult.CustomerRetention> customers = new ArrayList<>(contracts.customers().size());
        double activeNext = 0;
        for (ContractCustomer c : contracts.customers()) {
            double renew = c.churned() ? 0 : model.retentionRate(c.tenure() + 1);
            activeNext += renew;
            customers.add(new ContractResult.CustomerRetention(c.customerId(), c.tenure(), c.churned(), renew,
                    c.churned() ? 0 : model.discountedExpectedResidualLifetime(c.tenure(), d)));
        }
        if (contracts.survivors() != null) {
            long[] s = contracts.survivors();
            activeNext = s[s.length - 1] * model.retentionRate(s.length);
        }
        progress.update(1, "retention projection");
        return new ContractResult("sbg", contracts.shape(), cohort.customers(), fit,
                d, horizon,
                model.discountedExpectedLifetime(d), activeNext, warnings, options.seed(), projection, customers);
    }
}
