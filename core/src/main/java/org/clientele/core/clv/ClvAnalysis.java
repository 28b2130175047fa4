package org.clientele.core.clv;

import org.clientele.core.Setting;
import org.clientele.core.UnusableDataException;
import org.clientele.core.UserInputException.Reason;
import org.clientele.core.task.Progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CLV stage in one call. From purchases: with a calibration end, fit the purchase model(s) (BG/NBD by
 * default) and Gamma–Gamma on the calibration period, score them and the other predictors on the holdout window
 * (choosing the model there with {@code auto}), then refit on every purchase up to the holdout end for the
 * forward-looking figures and their intervals; without, fit once on everything. From a per-customer summary
 * there is no holdout.
 */
public final class ClvAnalysis {

    /** Below this many repeat buyers the parameter estimates are too uncertain to lean on. */
    static final int FEW_REPEAT_BUYERS = 30;

    private ClvAnalysis() {
    }

    public static ClvResult run(List<Purchase> purchases, ClvOptions options, Progress progress) {
        return run(purchases, options, List.of(), progress);
    }

    /**
     * @param extraPredictors scored on the holdout next to the naive baseline and BG/NBD × Gamma–Gamma
     * @throws IllegalArgumentException when there are no purchases or the dates leave nothing to fit or score
     */
    public static ClvResult run(List<Purchase> purchases, ClvOptions options, List<HoldoutPredictor> extraPredictors,
                                Progress progress) {
        return run(purchases, options, extraPredictors, false, progress);
    }

    /**
     * @param seasonalAdjustment also score the chosen model's holdout predictions multiplied by the seasonal
     *                           factor ({@link Seasonality}), when it can be estimated
     */
    public static ClvResult run(List<Purchase> purchases, ClvOptions options, List<HoldoutPredictor> extraPredictors,
                                boolean seasonalAdjustment, Progress progress) {
        if (purchases.isEmpty()) {
            throw new UnusableDataException(Reason.NO_DATA, "no purchases to model",
                    "Give a purchase log with at least a few customers and dates");
        }
        LocalDate last = purchases.stream().map(p -> p.time().toLocalDate()).max(LocalDate::compareTo).orElseThrow();
        List<String> warnings = new ArrayList<>();
        ClvResult.CalibrationFit calibrationFit = null;
        List<HoldoutScore> scores = null;
        Map<String, double[]> holdoutByCustomer = new HashMap<>();
        List<PurchaseModelFit> comparison = null;
        LocalDate observationEnd;
        Double holdoutLength = null;
        Progress finalStage = progress;
        CalibrationHoldoutData split = null;
        PurchaseModelSelection calibrationSelection = null;
        if (options.calibrationEnd() != null) {
            LocalDate holdoutEnd = options.holdoutEnd() != null ? options.holdoutEnd() : last;
            if (!holdoutEnd.isAfter(options.calibrationEnd())) {
                throw new UnusableDataException(Reason.OPTION_OUT_OF_RANGE, "no purchase after the calibration end "
                        + options.calibrationEnd() + " (last purchase " + last + ")", "Choose an earlier calibration end",
                        Setting.CALIBRATION_END);
            }
            CalibrationHoldoutData data = CalibrationHoldoutSplit.split(purchases, options.calibrationEnd(), holdoutEnd,
                    options.timeUnit());
            List<CustomerRfmSummary> summaries = data.summaries();
            GammaGammaFit gg = fitSpend(summaries, options, progress.slice(0, 0.05), warnings, "calibration ");
            PurchaseModelSelection selection = PurchaseModelSelection.onHoldout(options.purchaseModel(), data,
                    gg == null ? null : gg.model(), options.starts(), options.seed(), progress.slice(0.05, 0.4), warnings);
            comparison = selection.fits();
            calibrationSelection = selection;
            calibrationFit = new ClvResult.CalibrationFit(summaries.size(), data.customersFirstSeenInHoldout(),
                    asBgNbd(selection.bgnbd(), options), gg);
            List<HoldoutPredictor> predictors = new ArrayList<>();
            predictors.add(new NaiveHoldoutPredictor());
            predictors.addAll(extraPredictors);
            scores = new ArrayList<>();
            for (int k = 0; k < predictors.size(); k++) {
                HoldoutPredictor predictor = predictors.get(k);
                Progress slice = progress.slice(0.4 + 0.2 * k / predictors.size(), 0.4 + 0.2 * (k + 1) / predictors.size());
                HoldoutPrediction prediction = predictor.predict(data.calibration(), data.holdoutLength(),
                        data.timeUnit(), slice);
                scores.add(HoldoutEvaluation.score(predictor.name(), data, prediction));
            }
            // The purchase models' scores follow the naive baseline, the chosen model first.
            scores.addAll(1, selection.scores());
            for (int i = 0; i < data.calibration().size(); i++) {
                holdoutByCustomer.put(data.calibration().get(i).customerId(),
                        new double[]{selection.prediction().spend()[i], data.holdout().get(i).spend()});
            }
            split = data;
            observationEnd = holdoutEnd;
            holdoutLength = data.holdoutLength();
            finalStage = progress.slice(0.6, 1);
        } else {
            observationEnd = options.holdoutEnd() != null ? options.holdoutEnd() : last;
        }
        CalibrationHoldoutData all = CalibrationHoldoutSplit.summarize(purchases, observationEnd, options.timeUnit());
        Map<String, Double> spendPerPeriod = new HashMap<>();
        for (CalibrationCustomer c : all.calibration()) {
            spendPerPeriod.put(c.customerId(), c.totalSpend() / (c.summary().frequency() + 1));
        }
        Fitted fitted = fitAndScore(all.summaries(), spendPerPeriod, holdoutByCustomer, options,
                comparison == null ? null : comparison.get(0), finalStage, warnings);
        PurchaseModel finalModel = fitted.purchaseModel.fitted();
        ClvDiagnostics diagnostics;
        if (split == null) {
            diagnostics = ClvDiagnostics.withoutHoldout(purchases, all, finalModel);
        } else {
            HoldoutPrediction chosenPrediction = calibrationSelection.prediction();
            diagnostics = ClvDiagnostics.withHoldout(purchases, split, calibrationSelection.chosen().fitted(),
                    chosenPrediction.purchases(), all, finalModel);
            Double factor = diagnostics.seasonality().seasonalFactor();
            if (seasonalAdjustment && factor != null) {
                scores.add(2, ClvDiagnostics.seasonallyAdjusted(split, chosenPrediction, factor));
            }
        }
        return new ClvResult(all.calibration().size(), options.timeUnit().label(), all.firstPurchase(), observationEnd,
                options.calibrationEnd(), calibrationFit == null ? null : observationEnd, holdoutLength,
                fitted.bg, fitted.gg, fitted.independence, calibrationFit, scores, options.horizonMonths(),
                options.monthlyDiscountRate(), fitted.totalSpend, fitted.totalClv, fitted.newCustomerPurchases,
                warnings, options.seed(), fitted.customers, fitted.purchaseModel,
                comparison == null ? fitted.comparison : comparison, fitted.uncertainty, diagnostics);
    }

    /** Fits and scores a per-customer summary (no dates, so no holdout). */
    public static ClvResult runOnSummaries(List<CustomerRfmSummary> summaries, ClvOptions options, Progress progress) {
        if (summaries.isEmpty()) {
            throw new UnusableDataException(Reason.NO_DATA, "no customers to model", "Give at least one customer");
        }
        List<String> warnings = new ArrayList<>();
        Fitted fitted = fitAndScore(summaries, Map.of(), Map.of(), options, null, progress, warnings);
        return new ClvResult(summaries.size(), options.timeUnit().label(), null, null, null, null, null,
                fitted.bg, fitted.gg, fitted.independence, null, null, options.horizonMonths(),
                options.monthlyDiscountRate(), fitted.totalSpend, fitted.totalClv, fitted.newCustomerPurchases,
                warnings, options.seed(), fitted.customers, fitted.purchaseModel, fitted.comparison, fitted.uncertainty,
                new ClvDiagnostics(null, ProbabilityAliveMatrix.of(fitted.purchaseModel.fitted()::probabilityAlive,
                        summaries, options.timeUnit().label()), null));
    }

    private record Fitted(BgNbdFit bg, GammaGammaFit gg, IndependenceCheck independence, List<CustomerClv> customers,
                          double totalSpend, double totalClv, double newCustomerPurchases,
                          PurchaseModelFit purchaseModel, List<PurchaseModelFit> comparison,
                          ClvUncertainty uncertainty) { }

    /** @param chosenOnHoldout the model chosen on the holdout (refitted here on everything), or null to choose now */
    private static Fitted fitAndScore(List<CustomerRfmSummary> summaries, Map<String, Double> fallbackSpend,
                                      Map<String, double[]> holdoutByCustomer, ClvOptions options,
                                      PurchaseModelFit chosenOnHoldout, Progress progress, List<String> warnings) {
        PurchaseModelSelection selection = chosenOnHoldout != null
                ? PurchaseModelSelection.refit(PurchaseModelKind.of(chosenOnHoldout.model()), chosenOnHoldout.why(),
                        summaries, options.starts(), options.seed(), progress.slice(0, 0.5))
                : PurchaseModelSelection.onLikelihood(options.purchaseModel(), summaries, options.starts(),
                        options.seed(), progress.slice(0, 0.5), warnings);
        PurchaseModelFit chosen = selection.chosen();
        PurchaseModelKind kind = PurchaseModelKind.of(chosen.model());
        if (chosen.logCovariance() == null) {
            warnings.add(kind.label() + " standard errors are unavailable: the likelihood is flat at the estimate");
        }
        long repeatBuyers = summaries.stream().filter(CustomerRfmSummary::hasRepeatPurchases).count();
        if (repeatBuyers < FEW_REPEAT_BUYERS) {
            warnings.add("only " + repeatBuyers + " customers made a repeat purchase: the estimates are very uncertain");
        }
        GammaGammaFit gg = fitSpend(summaries, options, progress.slice(0.5, 0.6), warnings, "");
        IndependenceCheck independence = null;
        if (gg != null) {
            independence = IndependenceCheck.of(summaries);
            if (independence.warning() != null) {
                warnings.add(independence.warning());
            }
        }
        PurchaseModel model = chosen.fitted();
        GammaGammaModel spend = gg == null || !(gg.q() > 1) ? null : gg.model();
        double horizon = options.horizonMonths() * options.timeUnit().perMonth();
        int n = summaries.size();
        double[] perPurchase = new double[n];
        double[] purchases = new double[n];
        double[] clv = new double[n];
        double totalSpend = 0;
        double totalClv = 0;
        Progress values = progress.slice(0.6, 0.7);
        for (int i = 0; i < n; i++) {
            if ((i & 255) == 0) {
                values.checkCancelled();
                values.update((double) i / n, "customer values");
            }
            CustomerRfmSummary c = summaries.get(i);
            perPurchase[i] = spend != null ? spend.conditionalExpectedAverageSpend(c.frequency(), c.monetaryValue())
                    : fallbackSpend.getOrDefault(c.customerId(), Double.NaN);
            purchases[i] = model.conditionalExpectedPurchases(horizon, c.frequency(), c.recency(), c.T());
            clv[i] = ClvCalculator.clv(model, c, perPurchase[i], options.horizonMonths(), options.monthlyDiscountRate(),
                    options.timeUnit());
            totalSpend += purchases[i] * perPurchase[i];
            totalClv += clv[i];
        }
        ParameterBootstrap.Result intervals = ParameterBootstrap.run(chosen, summaries, perPurchase,
                options.horizonMonths(), options.monthlyDiscountRate(), options.timeUnit(), options.intervalDraws(),
                options.seed(), progress.slice(0.7, 1), warnings);
        List<CustomerClv> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CustomerRfmSummary c = summaries.get(i);
            double[] h = holdoutByCustomer.getOrDefault(c.customerId(), new double[]{Double.NaN, Double.NaN});
            double nan = Double.NaN;
            rows.add(new CustomerClv(c.customerId(), c.frequency(), c.recency(), c.T(), c.monetaryValue(),
                    model.probabilityAlive(c.frequency(), c.recency(), c.T()), purchases[i], perPurchase[i],
                    purchases[i] * perPurchase[i], clv[i], h[0], h[1],
                    intervals == null ? nan : intervals.purchasesLow()[i], intervals == null ? nan : intervals.purchasesHigh()[i],
                    intervals == null ? nan : intervals.aliveLow()[i], intervals == null ? nan : intervals.aliveHigh()[i],
                    intervals == null ? nan : intervals.clvLow()[i], intervals == null ? nan : intervals.clvHigh()[i]));
        }
        return new Fitted(kind == PurchaseModelKind.BGNBD ? asBgNbd(chosen, options) : null, gg, independence, rows,
                totalSpend, totalClv, model.expectedPurchases(horizon), chosen, selection.fits(),
                intervals == null ? null : intervals.summary());
    }

    /** The BG/NBD entry of clv.json (the contract's {@code bgnbd}) from a generic fit, or null. */
    private static BgNbdFit asBgNbd(PurchaseModelFit fit, ClvOptions options) {
        if (fit == null) {
            return null;
        }
        BgNbdModel m = (BgNbdModel) fit.fitted();
        Map<String, PurchaseModelFit.Estimate> p = fit.parameters();
        return new BgNbdFit(m.r(), m.alpha(), m.a(), m.b(), fit.logLikelihood(), new BgNbdFit.ParameterErrors(
                p.get("r").standardError(), p.get("alpha").standardError(), p.get("a").standardError(),
                p.get("b").standardError()), fit.customers(), options.timeUnit().label(), options.starts(),
                options.seed());
    }

    private static GammaGammaFit fitSpend(List<CustomerRfmSummary> summaries, ClvOptions options, Progress progress,
                                          List<String> warnings, String which) {
        int eligible = GammaGammaFitter.eligible(summaries).size();
        boolean anyMonetary = summaries.stream().anyMatch(c -> Double.isFinite(c.monetaryValue()));
        if (!anyMonetary) {
            return null;
        }
        if (eligible < 2) {
            warnings.add(which + "Gamma-Gamma not fitted: fewer than two repeat buyers with positive spend");
            return null;
        }
        GammaGammaFit gg = new GammaGammaFitter(options.starts(), options.seed()).fit(summaries, progress);
        if (!(gg.q() > 1)) {
            warnings.add(String.format(Locale.ROOT, "%sGamma-Gamma q = %.3f <= 1: the population mean spend is infinite,"
                    + " so expected spend falls back to each customer's own average", which, gg.q()));
        }
        return gg;
    }
}
