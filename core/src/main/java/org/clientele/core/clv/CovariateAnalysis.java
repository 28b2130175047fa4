package org.clientele.core.clv;

import org.clientele.core.UnusableDataException;
import org.clientele.core.UserInputException.Reason;
import org.clientele.core.task.Progress;

import java.util.ArrayList;
import java.util.List;

/**
 * Refits a finished CLV run's BG/NBD and Gamma–Gamma with customer covariates, on the same per-customer
 * summaries, and tests each against the covariate-free fit the run already has.
 */
public final class CovariateAnalysis {

    private CovariateAnalysis() {
    }

    public static CovariateReport run(ClvResult result, CustomerCovariates covariates, ClvOptions options,
                                      Progress progress) {
        List<CustomerRfmSummary> summaries = new ArrayList<>(result.customerValues().size());
        List<String> ids = new ArrayList<>(summaries.size());
        for (CustomerClv c : result.customerValues()) {
            summaries.add(new CustomerRfmSummary(c.customerId(), c.frequency(), c.recency(), c.T(), c.monetary()));
            ids.add(c.customerId());
        }
        CovariateDesign design;
        try {
            design = CovariateDesign.of(ids, covariates);
        } catch (IllegalArgumentException e) {
            throw new UnusableDataException(Reason.NO_VARIATION, e.getMessage(),
                    "Choose covariates that differ between customers");
        }
        List<String> warnings = new ArrayList<>(design.warnings());
        PurchaseCovariates purchases = purchaseModel(result, summaries, design, options, progress.slice(0, 0.7),
                warnings);
        if (purchases.summary.coefficients().stream().anyMatch(c -> Double.isNaN(c.standardError()))) {
            warnings.add(PurchaseModelKind.of(purchases.summary.model()).label() + " covariate standard errors are unavailable: the likelihood is flat"
                    + " at the estimate (typically a dropout parameter at its boundary); rely on the likelihood-ratio test");
        }
        GammaGammaCovariateFitter.Fit gg = null;
        if (result.gammaGamma() != null) {
            gg = new GammaGammaCovariateFitter(options.starts(), options.seed())
                    .fit(summaries, design, result.gammaGamma(), progress.slice(0.7, 0.9));
            if (!(gg.q() > 1)) {
                warnings.add("Gamma-Gamma with covariates has q <= 1: expected spend is left empty");
                gg = null;
            }
        }
        List<CovariateReport.CustomerRow> rows = new ArrayList<>(summaries.size());
        double horizon = options.horizonMonths() * options.timeUnit().perMonth();
        for (int i = 0; i < summaries.size(); i++) {
            if ((i & 1023) == 0) {
                progress.checkCancelled();
            }
            CustomerRfmSummary c = summaries.get(i);
            double[] z = design.rows()[i];
            PurchaseModel model = purchases.modelFor.apply(z);
            double spend = gg == null ? Double.NaN
                    : gg.modelFor(z).conditionalExpectedAverageSpend(c.frequency(), c.monetaryValue());
            rows.add(new CovariateReport.CustomerRow(c.customerId(), z,
                    model.probabilityAlive(c.frequency(), c.recency(), c.T()),
                    model.conditionalExpectedPurchases(horizon, c.frequency(), c.recency(), c.T()), spend,
                    gg == null ? Double.NaN : ClvCalculator.clv(model, c, spend, options.horizonMonths(),
                            options.monthlyDiscountRate(), options.timeUnit())));
        }
        progress.update(1, "covariate models");
        return new CovariateReport(covariates.columns(), covariates.source(), design.columns(), design.terms(),
                purchases.summary.model().equals("pnbd") ? null : purchases.summary,
                purchases.summary.model().equals("pnbd") ? purchases.summary : null,
                gg == null ? null : gg.summary(), warnings, design.terms(), rows);
    }

    /** A purchase model's covariate fit and the model of any covariate row. */
    private record PurchaseCovariates(CovariateModelFit summary,
                                      java.util.function.Function<double[], PurchaseModel> modelFor) { }

    /**
     * Pareto/NBD when the run chose it, else BG/NBD (the run's own fit as the null model, or a fresh one when the
     * run chose a model without a covariate version).
     */
    private static PurchaseCovariates purchaseModel(ClvResult result, List<CustomerRfmSummary> summaries,
                                                    CovariateDesign design, ClvOptions options, Progress progress,
                                                    List<String> warnings) {
        PurchaseModelFit chosen = result.purchaseModel();
        if (chosen != null && chosen.fitted() instanceof ParetoNbdModel pnbd) {
            ParetoNbdCovariateFitter.Fit fit = new ParetoNbdCovariateFitter(options.starts(), options.seed())
                    .fit(summaries, design, pnbd, chosen.logLikelihood(), progress);
            return new PurchaseCovariates(fit.summary(), fit::modelFor);
        }
        BgNbdFit base = result.bgnbd();
        if (base == null) {
            warnings.add("covariates are fitted into BG/NBD: the chosen " + (chosen == null ? "model" : chosen.model())
                    + " has no covariate version here");
            base = new BgNbdFitter(options.starts(), options.seed()).fit(summaries, options.timeUnit(), progress);
        }
        BgNbdCovariateFitter.Fit fit = new BgNbdCovariateFitter(options.starts(), options.seed())
                .fit(summaries, design, base, progress);
        return new PurchaseCovariates(fit.summary(), fit::modelFor);
    }
}
