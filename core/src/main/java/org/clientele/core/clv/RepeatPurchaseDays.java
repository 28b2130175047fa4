package org.clientele.core.clv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each customer's purchase days as the models count purchases: one per period of the time unit, dated by
 * its earliest purchase, in order; the first is the first purchase, the rest are repeats. Only purchases up
 * to {@code until} are seen.
 */
record RepeatPurchaseDays(Map<String, List<LocalDate>> days) {

    static RepeatPurchaseDays of(Collection<Purchase> purchases, LocalDate until, ClvTimeUnit unit) {
        Map<String, TreeMap<Long, LocalDate>> periods = new HashMap<>();
        for (Purchase p : purchases) {
            LocalDate day = p.time().toLocalDate();
            if (!day.isAfter(until)) {
                periods.computeIfAbsent(p.customerId(), k -> new TreeMap<>())
                        .merge(unit.period(day), day, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        Map<String, List<LocalDate>> days = new HashMap<>();
        periods.forEach((id, byPeriod) -> days.put(id, new ArrayList<>(byPeriod.values())));
        return new RepeatPurchaseDays(days);
    }

    /** How many customers first bought on each day up to {@code cohortEnd}. */
    TreeMap<LocalDate, Integer> cohortByFirstDay(LocalDate cohortEnd) {
        TreeMap<LocalDate, Integer> cohorts = new TreeMap<>();
        for (List<LocalDate> d : days.values()) {
            if (!d.get(0).isAfter(cohortEnd)) {
                cohorts.merge(d.get(0), 1, Integer::sum);
            }
        }
        return cohorts;
    }

    /** The repeat purchase days of customers who first bought by {@code cohortEnd}. */
    List<LocalDate> cohortRepeats(LocalDate cohortEnd) {
        List<LocalDate> repeats = new ArrayList<>();
        for (List<LocalDate> d : days.values()) {
            if (!d.get(0).isAfter(cohortEnd)) {
                repeats.addAll(d.subList(1, d.size()));
            }
        }
        return repeats;
    }
}
