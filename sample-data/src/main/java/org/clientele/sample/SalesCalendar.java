package org.clientele.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * When the synthetic shop trades and how busy it is: a November peak and a January lull, busier
 * Thursdays, quiet Sundays, no Saturdays unless asked, a Christmas break, and a lunch-time peak within
 * the day (the shapes seen in the Online Retail data).
 */
final class SalesCalendar {

    //                                         Jan   Feb   Mar   Apr   May   Jun   Jul   Aug   Sep   Oct   Nov   Dec
    private static final double[] MONTH = {0.70, 0.65, 0.85, 0.75, 0.90, 0.85, 0.85, 0.85, 1.25, 1.40, 1.85, 1.10};
    //                                         Mon   Tue   Wed   Thu   Fri   Sat   Sun
    private static final double[] WEEKDAY = {1.00, 1.10, 1.05, 1.25, 0.85, 0.60, 0.65};
    /** Relative orders per hour of the day, 07:00 to 20:00. */
    private static final double[] HOUR = {0.05, 0.9, 2.0, 2.8, 3.2, 3.7, 3.2, 2.7, 2.1, 1.2, 0.4, 0.3, 0.1, 0.05};
    private static final int FIRST_HOUR = 7;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    final List<LocalDate> days = new ArrayList<>();
    final double[] weights;
    private final AliasTable hours = new AliasTable(HOUR);

    SalesCalendar(LocalDate start, LocalDate end, boolean saturdays) {
        List<Double> w = new ArrayList<>();
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            if (!isOpen(d, saturdays)) {
                continue;
            }
            days.add(d);
            w.add(MONTH[d.getMonthValue() - 1] * WEEKDAY[d.getDayOfWeek().getValue() - 1]);
        }
        if (days.isEmpty()) {
            // A period that only covers closed days still gets its rows, on its first day.
            days.add(start);
            w.add(1.0);
        }
        weights = w.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static boolean isOpen(LocalDate d, boolean saturdays) {
        if (!saturdays && d.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return false;
        }
        boolean christmasBreak = (d.getMonthValue() == 12 && d.getDayOfMonth() >= 24)
                || (d.getMonthValue() == 1 && d.getDayOfMonth() <= 3);
        return !christmasBreak;
    }

    /** A minute of the trading day, 0 = midnight. */
    int minuteOfDay(SeededRandom random) {
        return (FIRST_HOUR + hours.sample(random)) * 60 + random.nextInt(60);
    }

    static String timestamp(LocalDate day, int minuteOfDay) {
        int hour = minuteOfDay / 60;
        int minute = minuteOfDay % 60;
        return DAY.format(day) + (hour < 10 ? " 0" : " ") + hour + (minute < 10 ? ":0" : ":") + minute + ":00";
    }
}
