package org.clientele.core.clv;

import java.time.LocalDate;
import java.util.Locale;

/** The period that is one transaction opportunity when a purchase log is turned into BG/BB histories. */
public enum Opportunity {
    DAY, WEEK, MONTH;

    /** The index of the period holding {@code date}; consecutive periods have consecutive indexes. */
    public long period(LocalDate date) {
        return switch (this) {
            case DAY -> ClvTimeUnit.DAY.period(date);
            case WEEK -> ClvTimeUnit.WEEK.period(date);
            case MONTH -> date.getYear() * 12L + date.getMonthValue() - 1;
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Opportunity parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "day", "days", "d" -> DAY;
            case "week", "weeks", "w" -> WEEK;
            case "month", "months", "m" -> MONTH;
            default -> throw new IllegalArgumentException("unknown opportunity '" + text + "': use day, week or month");
        };
    }
}
