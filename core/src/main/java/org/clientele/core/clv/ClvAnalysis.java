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
 * The CLV stage in one call. From purchases: with a calibration end, fit BG/NBD and Gamma–Gamma on the
 * calibration period, score them and the other predictors on the holdout window, then refit on every
 * purchase up to the holdout end for the forward-looking figures; without, fit once on everything. From a
 * per-customer summary there is no holdout.
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
     * @param seasonalAdjustment also score the BG/NBD × Gamma–Gamma holdout predictions multiplied by the
     *                           seasonal factor ({@link Seasonality}), when it can be estimated
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
        LocalDate observationEnd;
        Double holdoutLength = null;
        Progress finalStage = progress;
        CalibrationHoldoutData split = null;
        HoldoutPrediction modelPrediction = null;
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
            BgNbdFit bg = new BgNbdFitter(options.starts(), options.seed()).fit(summaries, options.timeUnit(),
                    progress.slice(0, 0.3));
            GammaGammaFit gg = fitSpend(summaries, options, progress.slice(0.3, 0.4), warnings, "calibration ");
            calibrationFit = new ClvResult.CalibrationFit(summaries.size(), data.customersFirstSeenInHoldout(), bg, gg);
            List<HoldoutPredictor> predictors = new ArrayList<>();
            predictors.add(new NaiveHoldoutPredictor());
            predictors.add(BgNbdGammaGammaPredictor.of(bg.model(), gg == null ? null : gg.model()));
            predictors.addAll(extraPredictors);
            scores = new ArrayList<>();
            for (int k = 0; k < predictors.size(); k++) {
                HoldoutPredictor predictor = predictors.get(k);
                Progress slice = progress.slice(0.4 + 0.2 * k / predictors.size(), 0.4 + 0.2 * (k + 1) / predictors.size());
                HoldoutPrediction prediction = predictor.predict(data.calibration(), data.holdoutLength(),
                        data.timeUnit(), slice);
                scores.add(HoldoutEvaluation.score(predictor.name(), data, prediction));
                if (k == 1) {
                    modelPrediction = prediction;
                    for (int i = 0; i < data.calibration().size(); i++) {
                        holdoutByCustomer.put(data.calibration().get(i).customerId(),
                                new double[]{prediction.spend()[i], data.holdout().get(i).spend()});
                    }
                }
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
        Fitted fitted = fitAndScore(all.summaries(), spendPerPeriod, holdoutByCustomer, options, finalStage, warnings);
        ClvDiagnostics diagnostics;
        if (split == null) {
            diagnostics = ClvDiagnostics.withoutHoldout(purchases, all, fitted.bg.model());
        } else {
            diagnostics = ClvDiagnostics.withHoldout(purchases, split, calibrationFit.bgnbd().model(),
                    modelPrediction.purchases(), all, fitted.bg.model());
            Double factor = diagnostics.seasonality().seasonalFactor();
            if (seasonalAdjustment && factor != null) {
                scores.add(2, ClvDiagnostics.seasonallyAdjusted(split, modelPrediction, factor));
            }
        }
        return new ClvResult(all.calibration().size(), options.timeUnit().label(), all.firstPurchase(), observationEnd,
                options.calibrationEnd(), calibrationFit == null ? null : observationEnd, holdoutLength,
                fitted.bg, fitted.gg, fitted.independence, calibrationFit, scores, options.horizonMonths(),
                options.monthlyDiscountRate(), fitted.totalSpend, fitted.totalClv, fitted.newCustomerPurchases,
                warnings, options.seed(), fitted.customers, diagnostics);
    }

    /** Fits and scores a per-customer summary (no dates, so no holdout). */
    public static ClvResult runOnSummaries(List<CustomerRfmSummary> summaries, ClvOptions options, Progress progress) {
        if (summaries.isEmpty()) {
            throw new UnusableDataException(Reason.NO_DATA, "no customers to model", "Give at least one customer");
        }
        List<String> warnings = new ArrayList<>();
        Fitted fitted = fitAndScore(summaries, Map.of(), Map.of(), options, progress, warnings);
        return new ClvResult(summaries.size(), options.timeUnit().label(), null, null, null, null, null,
                fitted.bg, fitted.gg, fitted.independence, null, null, options.horizonMonths(),
                options.monthlyDiscountRate(), fitted.totalSpend, fitted.totalClv, fitted.newCustomerPurchases,
                warnings, options.seed(), fitted.customers, new ClvDiagnostics(null,
                ProbabilityAliveMatrix.of(fitted.bg.model()::probabilityAlive, summaries, options.timeUnit().label()),
                null));
    }

    private record Fitted(BgNbdFit bg, GammaGammaFit gg, IndependenceCheck independence, List<CustomerClv> customers,
                          double totalSpend, double totalClv, double newCustomerPurchases) { }

    private static Fitted fitAndScore(List<CustomerRfmSummary> summaries, Map<String, Double> fallbackSpend,
                                      Map<String, double[]> holdoutByCustomer, ClvOptions options, Progress progress,
                                      List<String> warnings) {
        BgNbdFit bg = new BgNbdFitter(options.starts(), options.seed()).fit(summaries, options.timeUnit(),
                progress.slice(0, 0.6));
        if (Double.isNaN(bg.standardErrors().r())) {
            warnings.add("BG/NBD standard errors are unavailable: the likelihood is flat at the estimate");
        }
        long repeatBuyers = summaries.stream().filter(CustomerRfmSummary::hasRepeatPurchases).count();
        if (repeatBuyers < FEW_REPEAT_BUYERS) {
            warnings.add("only " + repeatBuyers + " customers made a repeat purchase: the estimates are very uncertain");
        }
        GammaGammaFit gg = fitSpend(summaries, options, progress.slice(0.6, 0.75), warnings, "");
        IndependenceCheck independence = null;
        if (gg != null) {
            independence = IndependenceCheck.of(summaries);
            if (independence.warning() != null) {
                warnings.add(independence.warning());
            }
        }
        BgNbdModel model = bg.model();
        GammaGammaModel spend = gg == null || !(gg.q() > 1) ? null : gg.model();
        double horizon = options.horizonMonths() * options.timeUnit().perMonth();
        List<CustomerClv> rows = new ArrayList<>(summaries.size());
        double totalSpend = 0;
        double totalClv = 0;
        Progress last = progress.slice(0.75, 1);
        for (int i = 0; i < summaries.size(); i++) {
            if ((i & 255) == 0) {
                last.checkCancelled();
                last.update((double) i / summaries.size(), "customer values");
            }
            CustomerRfmSummary c = summaries.get(i);
            double perPurchase = spend != null ? spend.conditionalExpectedAverageSpend(c.frequency(), c.monetaryValue())
                    : fallbackSpend.getOrDefault(c.customerId(), Double.NaN);
            double purchases = model.conditionalExpectedPurchases(horizon, c.frequency(), c.recency(), c.T());
            double clv = ClvCalculator.clv(model, c, perPurchase, options.horizonMonths(), options.monthlyDiscountRate(),
                    options.timeUnit());
            double[] h = holdoutByCustomer.getOrDefault(c.customerId(), new double[]{Double.NaN, Double.NaN});
            rows.add(new CustomerClv(c.customerId(), c.frequency(), c.recency(), c.T(), c.monetaryValue(),
                    model.probabilityAlive(c.frequency(), c.recency(), c.T()), purchases, perPurchase,
                    purchases * perPurchase, clv, h[0], h[1]));
            totalSpend += purchases * perPurchase;
            totalClv += clv;
        }
        last.update(1, "customer values");
        return new Fitted(bg, gg, independence, rows, totalSpend, totalClv, model.expectedPurchases(horizon));
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
