package org.clientele.core.clv;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The period in which purchases are counted and in which recency, T and horizons are measured. */
public enum ClvTimeUnit {
    /** Calendar days. */
    DAY(30.0),
    /** Weeks starting on Monday, as pandas' 'W' periods (weeks ending Sunday). */
    WEEK(4.345);

    private final double perMonth;

    ClvTimeUnit(double perMonth) {
        this.perMonth = perMonth;
    }

    /** Units in a month, with the same convention as lifetimes' customer_lifetime_value (30 days, 4.345 weeks). */
    public double perMonth() {
        return perMonth;
    }

    /** The index of the period holding {@code date}; consecutive periods have consecutive indexes. */
    public long period(LocalDate date) {
        return switch (this) {
            case DAY -> date.toEpochDay();
            case WEEK -> ChronoUnit.WEEKS.between(MONDAY_EPOCH, date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ClvTimeUnit parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "day", "days", "d" -> DAY;
            case "week", "weeks", "w" -> WEEK;
            default -> throw new IllegalArgumentException("unknown time unit '" + text + "': use day or week");
        };
    }

    private static final LocalDate MONDAY_EPOCH = LocalDate.of(1969, 12, 29);
}
