package org.clientele.core.clv;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A default calibration end when the user has not chosen one: the last quarter (13 weeks) of the log is held
 * out, or its last quarter of days when the log is shorter than a year; a log under eight weeks gets none.
 */
public final class HoldoutWindow {

    static final int QUARTER_DAYS = 91;
    static final int SHORTEST_LOG_DAYS = 56;

    private HoldoutWindow() {
    }

    /** The suggested last day of the calibration period, or null when the log is too short to split. */
    public static LocalDate suggestCalibrationEnd(List<Purchase> purchases) {
        if (purchases.isEmpty()) {
            return null;
        }
        LocalDate first = purchases.stream().map(p -> p.time().toLocalDate()).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = purchases.stream().map(p -> p.time().toLocalDate()).max(LocalDate::compareTo).orElseThrow();
        long span = ChronoUnit.DAYS.between(first, last) + 1;
        if (span < SHORTEST_LOG_DAYS) {
            return null;
        }
        return last.minusDays(Math.min(QUARTER_DAYS, span / 4));
    }
}
