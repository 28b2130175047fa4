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
        BgNbdCovariateFitter.Fit bg = new BgNbdCovariateFitter(options.starts(), options.seed())
                .fit(summaries, design, result.bgnbd(), progress.slice(0, 0.7));
        if (bg.summary().coefficients().stream().anyMatch(c -> Double.isNaN(c.standardError()))) {
            warnings.add("BG/NBD covariate standard errors are unavailable: the likelihood is flat at the estimate "
                    + "(typically a dropout parameter at its boundary); rely on the likelihood-ratio test");
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
            BgNbdModel model = bg.modelFor(z);
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
                bg.summary(), gg == null ? null : gg.summary(), warnings, design.terms(), rows);
    }
}
