package org.clientele.core.clv;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;

/**
 * The tracking chart of repeat purchases week by week (FHL 2005, fig. 4; lifetimes'
 * {@code expected_cumulative_transactions}): for the customers who had bought by the calibration end, the
 * repeat purchases actually made in each seven-day block against the model's expectation, where the expected
 * cumulative count at day d is the sum over customers of E[X(d - their first purchase)] in the model's time
 * unit. Blocks end on the calibration end, so the calibration/holdout divider is a block boundary.
 * {@code seasonalPredicted*} is the expectation multiplied, in the holdout, by each week's seasonal ratio.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PurchaseTracking(int customers, LocalDate calibrationEnd, List<Week> weeks) {

    /** One seven-day block ({@code start}..{@code end}, the last one clipped at the observation end). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Week(LocalDate start, LocalDate end, boolean holdout, double actual, double predicted,
                       double actualCumulative, double predictedCumulative, Double seasonalPredicted,
                       Double seasonalPredictedCumulative) { }

    public PurchaseTracking {
        weeks = List.copyOf(weeks);
    }

    /**
     * @param expectedPurchases E[X(t)] of the model, t in {@code unit}s (e.g. {@code model::expectedPurchases})
     * @param calibrationEnd    last day of the cohort's calibration period, or null (then the cohort is everyone
     *                          seen by {@code observationEnd} and no week is holdout)
     * @param seasonalRatio     per holdout week (keyed by the week's end date) its seasonal multiplier, or null
     */
    public static PurchaseTracking of(List<Purchase> purchases, LocalDate calibrationEnd, LocalDate observationEnd,
                                      ClvTimeUnit unit, DoubleUnaryOperator expectedPurchases,
                                      Map<LocalDate, Double> seasonalRatio) {
        LocalDate cohortEnd = calibrationEnd != null ? calibrationEnd : observationEnd;
        RepeatPurchaseDays days = RepeatPurchaseDays.of(purchases, observationEnd, unit);
        TreeMap<LocalDate, Integer> cohortByFirstDay = days.cohortByFirstDay(cohortEnd);
        if (cohortByFirstDay.isEmpty()) {
            return new PurchaseTracking(0, calibrationEnd, List.of());
        }
        WeeklyBuckets buckets = new WeeklyBuckets(cohortEnd);
        int from = buckets.index(cohortByFirstDay.firstKey());
        int to = buckets.index(observationEnd);
        double[] actual = new double[to - from + 1];
        for (LocalDate day : days.cohortRepeats(cohortEnd)) {
            actual[buckets.index(day) - from]++;
        }
        Map<Long, Double> cache = new HashMap<>();
        List<Week> weeks = new ArrayList<>();
        double actualCum = 0;
        double predictedBefore = 0;
        double seasonalCum = 0;
        int customers = cohortByFirstDay.values().stream().mapToInt(Integer::intValue).sum();
        for (int k = from; k <= to; k++) {
            LocalDate end = buckets.end(k).isAfter(observationEnd) ? observationEnd : buckets.end(k);
            long endPeriod = unit.period(end);
            double predictedCum = 0;
            for (Map.Entry<LocalDate, Integer> cohort : cohortByFirstDay.headMap(end, true).entrySet()) {
                long t = endPeriod - unit.period(cohort.getKey());
                predictedCum += cohort.getValue() * cache.computeIfAbsent(t, x -> expectedPurchases.applyAsDouble(x));
            }
            double predicted = predictedCum - predictedBefore;
            predictedBefore = predictedCum;
            actualCum += actual[k - from];
            boolean holdout = calibrationEnd != null && k > 0;
            Double seasonal = null;
            Double seasonalCumulative = null;
            if (seasonalRatio != null) {
                double ratio = holdout ? seasonalRatio.getOrDefault(buckets.end(k), 1.0) : 1.0;
                seasonal = predicted * ratio;
                seasonalCum += seasonal;
                seasonalCumulative = seasonalCum;
            }
            weeks.add(new Week(buckets.start(k), end, holdout, actual[k - from], predicted, actualCum, predictedCum,
                    seasonal, seasonalCumulative));
        }
        return new PurchaseTracking(customers, calibrationEnd, weeks);
    }
}
