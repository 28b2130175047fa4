package org.clientele.core.clv;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * Whether the holdout fell in a busier season than the stationary model can know about. BG/NBD assumes a
 * customer's buying rate never changes, so a holdout over a peak (Christmas, say) is under-predicted. From the
 * calibration data alone: the holdout's calendar weeks a year earlier against that year's average week
 * ({@link SeasonalRatios}); {@code seasonalFactor} multiplies the model's holdout purchases to adjust.
 *
 * @param actualPurchases    repeat purchases the calibration customers made in the holdout
 * @param predictedPurchases what the stationary model (fitted on calibration) predicted for them
 * @param predictedVsActual  predicted / actual - 1 (negative: the model under-predicts)
 * @param estimable          whether the year-earlier weeks are in the calibration data
 * @param reason             why not, when not
 * @param seasonalFactor     mean ratio of the year-earlier weeks to the average week (null when not estimable)
 * @param peak               the factor is at least {@link #PEAK} ("clearly more purchases")
 * @param weeks              per holdout week (its end date) the year-earlier ratio
 * @param sentence           the plain-language summary the CLI and the workbench show
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Seasonality(LocalDate holdoutStart, LocalDate holdoutEnd, double actualPurchases,
                          double predictedPurchases, double predictedVsActual, boolean estimable, String reason,
                          Double seasonalFactor, Boolean peak, Double adjustedPredictedPurchases,
                          List<WeekRatio> weeks, String sentence) {

    /** "Clearly more": the year-earlier weeks were at least 20 % busier than the average week. */
    static final double PEAK = 1.2;

    public record WeekRatio(LocalDate weekEnd, double ratio) { }

    public Seasonality {
        weeks = weeks == null ? null : List.copyOf(weeks);
    }

    static Seasonality assess(List<Purchase> purchases, CalibrationHoldoutData data, DoubleUnaryOperator expectedPurchases,
                              double predictedPurchases) {
        double actual = data.holdout().stream().mapToDouble(HoldoutTarget::purchases).sum();
        double gap = actual > 0 ? predictedPurchases / actual - 1 : Double.NaN;
        LocalDate start = data.calibrationEnd().plusDays(1);
        String first = String.format(Locale.ROOT, "In the holdout (%s to %s) the %,d calibration customers made %,.0f "
                        + "repeat purchases; the stationary model predicted %,.0f (%s).", start, data.holdoutEnd(),
                data.calibration().size(), actual, predictedPurchases, gapText(gap));
        String whyNot = SeasonalRatios.whyNot(data.firstPurchase(), data.calibrationEnd(), data.holdoutEnd());
        if (whyNot != null) {
            return new Seasonality(start, data.holdoutEnd(), actual, predictedPurchases, gap, false, whyNot, null, null,
                    null, null, first + " A seasonal adjustment cannot be estimated: " + whyNot + ".");
        }
        List<Purchase> calibration = purchases.stream()
                .filter(p -> !p.time().toLocalDate().isAfter(data.calibrationEnd())).toList();
        SeasonalRatios ratios = SeasonalRatios.estimate(calibration, data.calibrationEnd(), data.holdoutEnd(),
                data.timeUnit(), expectedPurchases);
        if (!Double.isFinite(ratios.factor())) {
            String reason = "the model expects no repeat purchase in the calibration year to compare with";
            return new Seasonality(start, data.holdoutEnd(), actual, predictedPurchases, gap, false, reason, null, null,
                    null, null, first + " A seasonal adjustment cannot be estimated: " + reason + ".");
        }
        List<WeekRatio> weeks = new ArrayList<>();
        for (Map.Entry<LocalDate, Double> e : ratios.byHoldoutWeek().entrySet()) {
            weeks.add(new WeekRatio(e.getKey(), e.getValue()));
        }
        double f = ratios.factor();
        double adjusted = predictedPurchases * f;
        boolean peak = f >= PEAK;
        String second = String.format(Locale.ROOT, " A year earlier the same weeks had %.2f times the repeat purchases "
                        + "of the average calibration week (relative to what the model expects)%s; adjusted by that, the prediction is %,.0f (%s).",
                f, peak ? " (a seasonal peak)" : "", adjusted, gapText(actual > 0 ? adjusted / actual - 1 : Double.NaN));
        return new Seasonality(start, data.holdoutEnd(), actual, predictedPurchases, gap, true, null, f, peak, adjusted,
                weeks, first + second);
    }

    /** The per-week ratios keyed by week end, for the tracking chart; null when not estimable. */
    Map<LocalDate, Double> ratioByWeekEnd() {
        if (weeks == null) {
            return null;
        }
        Map<LocalDate, Double> m = new java.util.HashMap<>();
        weeks.forEach(w -> m.put(w.weekEnd(), w.ratio()));
        return m;
    }

    private static String gapText(double gap) {
        if (Double.isNaN(gap)) {
            return "no repeat purchase happened";
        }
        if (Math.abs(gap) < 0.005) {
            return "on target";
        }
        return String.format(Locale.ROOT, "%.0f%% %s than happened", Math.abs(100 * gap), gap < 0 ? "fewer" : "more");
    }
}
