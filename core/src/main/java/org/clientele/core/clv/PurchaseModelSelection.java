package org.clientele.core.clv;

import org.clientele.core.task.Progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Fits the purchase models a {@link PurchaseModelChoice} asks for and picks the one that drives the CLV figures:
 * on a holdout, the lowest per-customer RMSE of holdout purchase counts (an honest out-of-sample test); without
 * one, the lowest BIC. With {@code auto}, a model that cannot be fitted is left out with a warning as long as
 * another one fits.
 *
 * @param fits       every model fitted, each flagged chosen or not, the chosen one first
 * @param scores     holdout scores in the order of {@code fits} (empty without a holdout)
 * @param prediction the chosen model's holdout prediction, or null without a holdout
 */
public record PurchaseModelSelection(List<PurchaseModelFit> fits, List<HoldoutScore> scores,
                                     HoldoutPrediction prediction) {

    public PurchaseModelFit chosen() {
        return fits.get(0);
    }

    /** The BG/NBD fit among {@link #fits}, or null when BG/NBD was not fitted. */
    public PurchaseModelFit bgnbd() {
        return fits.stream().filter(f -> f.model().equals(BgNbdModel.NAME)).findFirst().orElse(null);
    }

    /** Fits on the calibration customers, scores each on the holdout, keeps the best holdout purchase RMSE. */
    public static PurchaseModelSelection onHoldout(PurchaseModelChoice choice, CalibrationHoldoutData data,
                                                   GammaGammaModel spend, int starts, long seed, Progress progress,
                                                   List<String> warnings) {
        List<PurchaseModelFit> fits = fitAll(choice, data.summaries(), starts, seed, progress.slice(0, 0.8), warnings);
        List<PurchaseModelFit> scored = new ArrayList<>();
        List<HoldoutPrediction> predictions = new ArrayList<>();
        for (PurchaseModelFit fit : fits) {
            PurchaseModelSpendPredictor predictor = new PurchaseModelSpendPredictor(fit.fitted(), spend);
            HoldoutPrediction p = predictor.predict(data.calibration(), data.holdoutLength(), data.timeUnit(),
                    progress.slice(0.8, 1));
            predictions.add(p);
            scored.add(fit.withHoldout(HoldoutEvaluation.score(predictor.name(), data, p)));
        }
        List<PurchaseModelFit> ordered = choose(choice, scored, f -> f.holdout().purchasesRmse(),
                "predicted the holdout purchases best", "RMSE per customer");
        HoldoutPrediction chosen = predictions.get(scored.indexOf(scored.stream()
                .filter(f -> f.model().equals(ordered.get(0).model())).findFirst().orElseThrow()));
        return new PurchaseModelSelection(ordered, ordered.stream().map(PurchaseModelFit::holdout).toList(), chosen);
    }

    /** Fits on all the customers and keeps the lowest BIC. */
    public static PurchaseModelSelection onLikelihood(PurchaseModelChoice choice, List<CustomerRfmSummary> customers,
                                                      int starts, long seed, Progress progress, List<String> warnings) {
        List<PurchaseModelFit> fits = fitAll(choice, customers, starts, seed, progress, warnings);
        return new PurchaseModelSelection(choose(choice, fits, PurchaseModelFit::bic,
                "has the best likelihood for its number of parameters", "BIC"), List.of(), null);
    }

    /** Refits one already chosen model (e.g. on all purchases after choosing on the holdout). */
    public static PurchaseModelSelection refit(PurchaseModelKind kind, String why, List<CustomerRfmSummary> customers,
                                               int starts, long seed, Progress progress) {
        PurchaseModelFit fit = new PurchaseModelFitter(starts, seed).fit(kind, customers, progress).withChoice(true, why);
        return new PurchaseModelSelection(List.of(fit), List.of(), null);
    }

    private static List<PurchaseModelFit> fitAll(PurchaseModelChoice choice, List<CustomerRfmSummary> customers,
                                                 int starts, long seed, Progress progress, List<String> warnings) {
        List<PurchaseModelKind> kinds = choice.kind() == null ? List.of(PurchaseModelKind.values()) : List.of(choice.kind());
        PurchaseModelFitter fitter = new PurchaseModelFitter(starts, seed);
        List<PurchaseModelFit> fits = new ArrayList<>();
        ClvFitException firstFailure = null;
        for (int k = 0; k < kinds.size(); k++) {
            try {
                fits.add(fitter.fit(kinds.get(k), customers, progress.slice((double) k / kinds.size(),
                        (k + 1.0) / kinds.size())));
            } catch (ClvFitException e) {
                if (kinds.size() == 1) {
                    throw e;
                }
                firstFailure = firstFailure == null ? e : firstFailure;
                warnings.add(kinds.get(k).label() + " left out of the comparison: " + e.problem());
            }
        }
        if (fits.isEmpty()) {
            throw firstFailure;
        }
        return fits;
    }

    private static String number(double v) {
        return Math.abs(v) >= 1000 ? String.format(Locale.ROOT, "%,.1f", v) : String.format(Locale.ROOT, "%.4f", v);
    }

    /** The name an analyst reads (BG/NBD), not the id in clv.json (bgnbd). */
    private static String label(PurchaseModelFit fit) {
        return PurchaseModelKind.of(fit.model()).label();
    }

    private static List<PurchaseModelFit> choose(PurchaseModelChoice choice, List<PurchaseModelFit> fits,
                                                  ToDoubleFunction<PurchaseModelFit> score, String what, String metric) {
        if (choice.kind() != null) {
            return List.of(fits.get(0).withChoice(true, "Chose " + choice.kind().label() + ": it was asked for by name."));
        }
        List<PurchaseModelFit> sorted = new ArrayList<>(fits);
        // NaN scores (e.g. no holdout purchases to compare) sort last; ties keep the bgnbd, pnbd, mbgnbd order.
        sorted.sort(Comparator.comparingDouble(f -> Double.isNaN(score.applyAsDouble(f)) ? Double.MAX_VALUE
                : score.applyAsDouble(f)));
        StringBuilder why = new StringBuilder("Chose ").append(label(sorted.get(0))).append(": it ").append(what).append(": ")
                .append(metric).append(' ').append(number(score.applyAsDouble(sorted.get(0))));
        for (int i = 1; i < sorted.size(); i++) {
            why.append(i == 1 ? " against " : i == sorted.size() - 1 ? " and " : ", ")
                    .append(number(score.applyAsDouble(sorted.get(i)))).append(" for ").append(label(sorted.get(i)));
        }
        why.append('.');
        List<PurchaseModelFit> ordered = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            ordered.add(sorted.get(i).withChoice(i == 0, why.toString()));
        }
        return ordered;
    }
}
