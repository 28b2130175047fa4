package org.clientele.core.clv;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * How much busier the holdout's calendar weeks were a year earlier than the average week of that calibration
 * year, from calibration purchases only. A week's busyness is its repeat purchases over what the stationary
 * model fitted on calibration expects of the customers known by then: that expectation already allows for
 * customers joining and dropping out, so neither a growing customer base nor ageing cohorts look like a
 * season. Needs the 52 weeks before the calibration end to lie inside the calibration data.
 *
 * @param byHoldoutWeek each holdout week's end date and its ratio (year-earlier week / average week of that
 *                      year); weeks expecting fewer than {@link #MIN_EXPECTED} purchases take {@code factor}
 * @param factor        the same over the whole holdout window (ratio of sums); NaN when it cannot be computed
 */
record SeasonalRatios(Map<LocalDate, Double> byHoldoutWeek, double factor) {

    static final int WEEKS_A_YEAR = 52;
    static final double MIN_EXPECTED = 5;

    /** The reason the ratios cannot be estimated, or null when they can. */
    static String whyNot(LocalDate firstPurchase, LocalDate calibrationEnd, LocalDate holdoutEnd) {
        WeeklyBuckets buckets = new WeeklyBuckets(calibrationEnd);
        LocalDate yearStart = buckets.start(1 - WEEKS_A_YEAR);
        if (firstPurchase.isAfter(yearStart)) {
            return String.format("the calibration period covers %d days (from %s) and a seasonal adjustment needs at "
                    + "least a year before the calibration end, from %s", java.time.temporal.ChronoUnit.DAYS.between(
                    firstPurchase, calibrationEnd) + 1, firstPurchase, yearStart);
        }
        if (buckets.index(holdoutEnd) > WEEKS_A_YEAR) {
            return "the holdout is longer than a year, so its weeks have no year-earlier counterpart in calibration";
        }
        return null;
    }

    /**
     * @param calibration       the purchases up to the calibration end (later ones are ignored)
     * @param expectedPurchases E[X(t)] of the model fitted on them
     */
    static SeasonalRatios estimate(List<Purchase> calibration, LocalDate calibrationEnd, LocalDate holdoutEnd,
                                   ClvTimeUnit unit, DoubleUnaryOperator expectedPurchases) {
        List<PurchaseTracking.Week> weeks = PurchaseTracking.of(calibration, null, calibrationEnd, unit,
                expectedPurchases, null).weeks();
        int n = weeks.size();
        if (n < WEEKS_A_YEAR) {
            return new SeasonalRatios(Map.of(), Double.NaN);
        }
        List<PurchaseTracking.Week> year = weeks.subList(n - WEEKS_A_YEAR, n);
        double yearActual = year.stream().mapToDouble(PurchaseTracking.Week::actual).sum();
        double yearExpected = year.stream().mapToDouble(PurchaseTracking.Week::predicted).sum();
        double average = yearActual / yearExpected;
        WeeklyBuckets buckets = new WeeklyBuckets(calibrationEnd);
        int last = buckets.index(holdoutEnd);
        Map<LocalDate, Double> ratios = new LinkedHashMap<>();
        double actual = 0;
        double expected = 0;
        for (int h = 1; h <= last; h++) {
            PurchaseTracking.Week earlier = year.get(h - 1);
            actual += earlier.actual();
            expected += earlier.predicted();
            ratios.put(buckets.end(h), earlier.predicted() >= MIN_EXPECTED
                    ? earlier.actual() / earlier.predicted() / average : Double.NaN);
        }
        double factor = expected > 0 && average > 0 ? actual / expected / average : Double.NaN;
        // A week with too few expected purchases to measure takes the window's factor.
        ratios.replaceAll((week, r) -> Double.isNaN(r) ? factor : r);
        return new SeasonalRatios(ratios, factor);
    }
}
