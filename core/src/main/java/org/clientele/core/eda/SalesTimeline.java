package org.clientele.core.eda;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Accumulates sales per day, ISO week and month and the seasonality grids, one line item at a time. */
final class SalesTimeline implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    static final int TOP_PERIODS = 5;

    private final TreeMap<LocalDate, PeriodTally> days = new TreeMap<>();
    private final TreeMap<LocalDate, PeriodTally> weeks = new TreeMap<>();
    private final TreeMap<YearMonth, PeriodTally> months = new TreeMap<>();
    private final double[][] monthWeekday = new double[12][7];
    private final double[][] weekdayHour = new double[7][24];
    private final long[][] weekdayHourOrders = new long[7][24];

    void add(String customer, LocalDateTime time, double amount, double items, boolean newOrder) {
        LocalDate day = time.toLocalDate();
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        days.computeIfAbsent(day, d -> new PeriodTally()).add(customer, amount, items, newOrder);
        weeks.computeIfAbsent(monday, d -> new PeriodTally()).add(customer, amount, items, newOrder);
        months.computeIfAbsent(YearMonth.from(day), d -> new PeriodTally()).add(customer, amount, items, newOrder);
        int wd = day.getDayOfWeek().getValue() - 1;
        monthWeekday[day.getMonthValue() - 1][wd] += amount;
        weekdayHour[wd][time.getHour()] += amount;
        if (newOrder) {
            weekdayHourOrders[wd][time.getHour()]++;
        }
    }

    /** Takes back an order counted at {@code time} that earlier rows had already counted. */
    void uncountOrder(LocalDateTime time) {
        LocalDate day = time.toLocalDate();
        days.get(day).orders--;
        weeks.get(day.with(DayOfWeek.MONDAY)).orders--;
        months.get(YearMonth.from(day)).orders--;
        weekdayHourOrders[day.getDayOfWeek().getValue() - 1][time.getHour()]--;
    }

    /** Adds the sales of later rows. */
    void merge(SalesTimeline later) {
        mergePeriods(days, later.days);
        mergePeriods(weeks, later.weeks);
        mergePeriods(months, later.months);
        for (int m = 0; m < 12; m++) {
            for (int d = 0; d < 7; d++) {
                monthWeekday[m][d] += later.monthWeekday[m][d];
            }
        }
        for (int d = 0; d < 7; d++) {
            for (int h = 0; h < 24; h++) {
                weekdayHour[d][h] += later.weekdayHour[d][h];
                weekdayHourOrders[d][h] += later.weekdayHourOrders[d][h];
            }
        }
    }

    private static <K> void mergePeriods(Map<K, PeriodTally> into, Map<K, PeriodTally> from) {
        from.forEach((k, t) -> into.merge(k, t, (a, b) -> {
            a.merge(b);
            return a;
        }));
    }

    SalesOverTime salesOverTime(double totalRevenue) {
        PeriodSeries daily = series("day", days, LocalDate::toString, d -> d);
        PeriodSeries weekly = series("week", weeks, SalesTimeline::weekLabel, d -> d);
        PeriodSeries monthly = series("month", months, YearMonth::toString, m -> m.atDay(1));
        return new SalesOverTime(daily, weekly, monthly, peaks(daily, totalRevenue), peaks(weekly, totalRevenue),
                peaks(monthly, totalRevenue));
    }

    Seasonality seasonality() {
        return new Seasonality(Seasonality.MONTHS.clone(), Seasonality.WEEKDAYS.clone(), monthWeekday, weekdayHour,
                weekdayHourOrders);
    }

    static String weekLabel(LocalDate monday) {
        return String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static <K> PeriodSeries series(String granularity, TreeMap<K, PeriodTally> map,
                                           java.util.function.Function<K, String> label,
                                           java.util.function.Function<K, LocalDate> start) {
        int n = map.size();
        String[] labels = new String[n];
        String[] starts = new String[n];
        double[] revenue = new double[n];
        long[] orders = new long[n];
        int[] customers = new int[n];
        double[] items = new double[n];
        int i = 0;
        for (Map.Entry<K, PeriodTally> e : map.entrySet()) {
            labels[i] = label.apply(e.getKey());
            starts[i] = start.apply(e.getKey()).toString();
            PeriodTally t = e.getValue();
            revenue[i] = t.revenue;
            orders[i] = t.orders;
            customers[i] = t.customers.size();
            items[i] = t.items;
            i++;
        }
        return new PeriodSeries(granularity, labels, starts, revenue, orders, customers, items);
    }

    private static List<Peak> peaks(PeriodSeries s, double total) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            idx.add(i);
        }
        idx.sort(Comparator.comparingDouble((Integer i) -> -s.revenue()[i]).thenComparing(i -> i));
        List<Peak> out = new ArrayList<>();
        for (int i : idx.subList(0, Math.min(TOP_PERIODS, idx.size()))) {
            out.add(new Peak(s.labels()[i], s.revenue()[i], s.orders()[i], total > 0 ? s.revenue()[i] / total : Double.NaN));
        }
        return out;
    }
}
