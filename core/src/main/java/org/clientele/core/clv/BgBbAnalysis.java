package org.clientele.core.clv;

import org.clientele.core.UnusableDataException;
import org.clientele.core.UserInputException.Reason;
import org.clientele.core.task.Progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The BG/BB stage in one call, from per-customer histories or from a purchase log cut into opportunities. */
public final class BgBbAnalysis {

    /** A parameter below this is effectively zero: the fit sits on the boundary of the parameter space. */
    static final double EDGE = 1e-3;

    private BgBbAnalysis() {
    }

    /** @param options {@code opportunity} must be set: it defines what one opportunity is */
    public static BgBbResult runOnPurchases(List<Purchase> purchases, DiscreteModelOptions options, Progress progress) {
        if (purchases.isEmpty()) {
            throw new UnusableDataException(Reason.NO_DATA, "no purchases to model",
                    "Give a purchase log with at least a few customers and dates");
        }
        Opportunity unit = options.opportunity() == null ? Opportunity.DAY : options.opportunity();
        LocalDate first = purchases.stream().map(p -> p.time().toLocalDate()).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = purchases.stream().map(p -> p.time().toLocalDate()).max(LocalDate::compareTo).orElseThrow();
        List<DiscreteCustomer> histories = OpportunityHistories.of(purchases, unit, last);
        return run(histories, unit.label(), first, last, options, progress);
    }

    public static BgBbResult runOnHistories(List<DiscreteCustomer> histories, DiscreteModelOptions options,
                                            Progress progress) {
        return run(histories, null, null, null, options, progress);
    }

    private static BgBbResult run(List<DiscreteCustomer> histories, String unit, LocalDate first, LocalDate last,
                                  DiscreteModelOptions options, Progress progress) {
        if (histories.isEmpty()) {
            throw new UnusableDataException(Reason.NO_DATA, "no customers to model", "Give at least one customer");
        }
        BgBbFit fit = new BgBbFitter(options.starts(), options.seed()).fit(histories, progress.slice(0, 0.8));
        List<String> warnings = new ArrayList<>();
        long repeaters = histories.stream().filter(c -> c.x() > 0).count();
        if (repeaters < ClvAnalysis.FEW_REPEAT_BUYERS) {
            warnings.add("only " + repeaters + " customers transacted again: the estimates are very uncertain");
        }
        if (Double.isNaN(fit.standardErrors().alpha())) {
            warnings.add("BG/BB standard errors are unavailable: the likelihood is flat at the estimate");
        }
        double smallest = Math.min(Math.min(fit.alpha(), fit.beta()), Math.min(fit.gamma(), fit.delta()));
        if (smallest < EDGE) {
            // Beta(gamma, delta) with both near 0 puts all mass at theta = 0 and 1: "never leave" and "left at once".
            warnings.add(String.format(java.util.Locale.ROOT, "the fit is at the edge of the parameter space (alpha=%.3g,"
                    + " beta=%.3g, gamma=%.3g, delta=%.3g): a beta mixing distribution is degenerate, so treat P(alive)"
                    + " and the forecasts with care (a coarser opportunity unit, such as month instead of week, may help)", fit.alpha(), fit.beta(),
                    fit.gamma(), fit.delta()));
        }
        int longest = histories.stream().mapToInt(DiscreteCustomer::n).max().orElse(0);
        int horizon = options.horizonPeriods() != null ? options.horizonPeriods() : Math.max(1, longest);
        BgBbModel model = fit.model();
        // one evaluation per distinct history: day-level logs of many customers repeat the same few patterns
        Map<DiscreteCustomer, double[]> cache = new HashMap<>();
        List<BgBbResult.CustomerForecast> rows = new ArrayList<>(histories.size());
        double total = 0;
        Progress rest = progress.slice(0.8, 1);
        for (int i = 0; i < histories.size(); i++) {
            if ((i & 1023) == 0) {
                rest.checkCancelled();
            }
            DiscreteCustomer c = histories.get(i);
            double[] f = cache.computeIfAbsent(new DiscreteCustomer("", c.x(), c.tx(), c.n()), k -> new double[]{
                    model.probabilityAlive(k.x(), k.tx(), k.n()),
                    model.conditionalExpectedTransactions(horizon, k.x(), k.tx(), k.n())});
            rows.add(new BgBbResult.CustomerForecast(c.customerId(), c.x(), c.tx(), c.n(), f[0], f[1]));
            total += f[1];
        }
        rest.update(1, "customer forecasts");
        return new BgBbResult("bgbb", histories.size(), unit, first, last, fit,
                horizon, total,
                model.expectedTransactions(horizon), warnings, options.seed(), rows);
    }
}
