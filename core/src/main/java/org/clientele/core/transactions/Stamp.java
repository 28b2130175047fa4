package org.clientele.core.transactions;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** A parsed purchase time with the calendar facts the features need, computed once per distinct timestamp. */
final class Stamp {

    final LocalDateTime time;
    final long epochSecond;
    final long epochDay;
    /** 0 night (0–5 h), 1 morning (6–11), 2 afternoon (12–17), 3 evening (18–23). */
    final int hourBand;
    /** 0 Monday … 6 Sunday. */
    final int weekday;
    /** Northern-hemisphere meteorological seasons: 0 winter (Dec–Feb), 1 spring, 2 summer, 3 autumn (Sep–Nov). */
    final int season;

    Stamp(LocalDateTime time) {
        this.time = time;
        this.epochSecond = time.toEpochSecond(ZoneOffset.UTC);
        this.epochDay = time.toLocalDate().toEpochDay();
        this.hourBand = time.getHour() / 6;
        this.weekday = time.getDayOfWeek().getValue() - 1;
        this.season = time.getMonthValue() % 12 / 3;
    }
}
