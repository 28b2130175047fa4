package org.clientele.core.clv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Turns purchases into BG/NBD summaries the way lifetimes' {@code summary_data_from_transaction_data} and
 * {@code calibration_and_holdout_data} do: purchases are grouped into periods of the time unit (several
 * purchases in one period count as one, with their amounts summed); frequency = purchase periods - 1;
 * recency = last - first purchase period; T = calibration-end period - first purchase period; monetary
 * value = mean of the repeat (non-first) periods' spend. Customers whose first purchase falls in the
 * holdout are left out: the models cannot have seen them.
 */
public final class CalibrationHoldoutSplit {

    private CalibrationHoldoutSplit() {
    }

    /** Summaries of all purchases up to {@code observationEnd}, with no holdout. */
    public static CalibrationHoldoutData summarize(Collection<Purchase> purchases, LocalDate observationEnd,
                                                   ClvTimeUnit unit) {
        return split(purchases, observationEnd, null, unit);
    }

    /**
     * @param holdoutEnd the last day of the holdout window, or null for no holdout
     * @throws IllegalArgumentException if the dates are out of order or no customer bought by calibrationEnd
     */
    public static CalibrationHoldoutData split(Collection<Purchase> purchases, LocalDate calibrationEnd,
                                               LocalDate holdoutEnd, ClvTimeUnit unit) {
        Objects.requireNonNull(calibrationEnd, "calibrationEnd");
        Objects.requireNonNull(unit, "unit");
        if (holdoutEnd != null && !holdoutEnd.isAfter(calibrationEnd)) {
            throw new IllegalArgumentException("the holdout end (" + holdoutEnd + ") must be after the calibration end ("
                    + calibrationEnd + ")");
        }
        Map<String, TreeMap<Long, Double>> calibration = new LinkedHashMap<>();
        Map<String, TreeMap<Long, Double>> holdout = new LinkedHashMap<>();
        Map<String, LocalDate[]> calibrationDates = new LinkedHashMap<>();
        LocalDate first = null;
        for (Purchase p : purchases) {
            LocalDate day = p.time().toLocalDate();
            if (!day.isAfter(calibrationEnd)) {
                calibration.computeIfAbsent(p.customerId(), k -> new TreeMap<>()).merge(unit.period(day), p.amount(), Double::sum);
                LocalDate[] span = calibrationDates.computeIfAbsent(p.customerId(), k -> new LocalDate[]{day, day});
                if (day.isBefore(span[0])) {
                    span[0] = day;
                }
                if (day.isAfter(span[1])) {
                    span[1] = day;
                }
                first = first == null || day.isBefore(first) ? day : first;
            } else if (holdoutEnd != null && !day.isAfter(holdoutEnd)) {
                holdout.computeIfAbsent(p.customerId(), k -> new TreeMap<>()).merge(unit.period(day), p.amount(), Double::sum);
            }
        }
        if (calibration.isEmpty()) {
            throw new IllegalArgumentException("no purchase on or before " + calibrationEnd + ": choose a later calibration end");
        }
        long endPeriod = unit.period(calibrationEnd);
        List<CalibrationCustomer> customers = new ArrayList<>(calibration.size());
        List<HoldoutTarget> targets = new ArrayList<>(holdoutEnd == null ? 0 : calibration.size());
        for (Map.Entry<String, TreeMap<Long, Double>> e : calibration.entrySet()) {
            String id = e.getKey();
            TreeMap<Long, Double> periods = e.getValue();
            long firstPeriod = periods.firstKey();
            long lastPeriod = periods.lastKey();
            double total = 0;
            double repeatSpend = 0;
            for (Map.Entry<Long, Double> pe : periods.entrySet()) {
                total += pe.getValue();
                if (pe.getKey() != firstPeriod) {
                    repeatSpend += pe.getValue();
                }
            }
            int frequency = periods.size() - 1;
            double monetary = frequency > 0 ? repeatSpend / frequency : Double.NaN;
            CustomerRfmSummary summary = new CustomerRfmSummary(id, frequency, lastPeriod - firstPeriod,
                    endPeriod - firstPeriod, monetary);
            LocalDate[] span = calibrationDates.get(id);
            customers.add(new CalibrationCustomer(summary, total, span[0], span[1]));
            if (holdoutEnd != null) {
                TreeMap<Long, Double> h = holdout.get(id);
                double spend = h == null ? 0 : h.values().stream().mapToDouble(Double::doubleValue).sum();
                targets.add(new HoldoutTarget(id, h == null ? 0 : h.size(), spend));
            }
        }
        int newInHoldout = 0;
        for (String id : holdout.keySet()) {
            if (!calibration.containsKey(id)) {
                newInHoldout++;
            }
        }
        double holdoutLength = holdoutEnd == null ? 0 : unit.period(holdoutEnd) - endPeriod;
        return new CalibrationHoldoutData(unit, first, calibrationEnd, holdoutEnd, holdoutLength, customers, targets,
                newInHoldout);
    }
}
