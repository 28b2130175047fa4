package org.clientele.core.clv;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Seven-day blocks laid so that one of them ends exactly on {@code anchor} (the calibration end, when there is
 * one): the calibration/holdout divider falls between two blocks. Block k covers (anchor + 7(k-1), anchor + 7k];
 * block 0 ends on the anchor, negative blocks lie before it.
 */
record WeeklyBuckets(LocalDate anchor) {

    static final int DAYS = 7;

    /** The block holding {@code day}. */
    int index(LocalDate day) {
        long days = ChronoUnit.DAYS.between(anchor, day);
        return (int) Math.floorDiv(days + DAYS - 1, DAYS);
    }

    LocalDate end(int index) {
        return anchor.plusDays((long) DAYS * index);
    }

    LocalDate start(int index) {
        return end(index).minusDays(DAYS - 1);
    }
}
