package org.clientele.core.data;

import java.time.DateTimeException;
import java.time.LocalDateTime;

/**
 * The order of day, month and year in a column's dates. Parsing is hand-written (no regex, no
 * DateTimeFormatter) because transaction logs hold millions of timestamps; callers cache results.
 * Accepted: {@code 2010-12-01 08:26[:00[.000]]} (also with T), {@code 12/1/2010 8:26}, {@code 01-12-2010},
 * {@code 01.12.2010}, {@code 20101201}, optionally with {@code AM}/{@code PM} or a zone ({@code Z}, {@code UTC},
 * {@code +01:00}: the time is kept as written); and with the month's name, {@code 01-Dec-2010},
 * {@code 1 Dec 10}, {@code Dec 1, 2010}, {@code December 1 2010} (read as {@link #YMD}: the name settles the order).
 */
public enum DateLayout {
    YMD, MDY, DMY, COMPACT;

    /** Parses {@code s} with this layout, or returns null when it is not such a date. */
    public LocalDateTime parse(String s) {
        DateShape d = DateShape.of(s);
        if (d == null) {
            return null;
        }
        return toDateTime(d);
    }

    LocalDateTime toDateTime(DateShape d) {
        int year;
        int month;
        int day;
        if (d.compact()) {
            if (this != COMPACT) {
                return null;
            }
            year = d.a() / 10000;
            month = d.a() / 100 % 100;
            day = d.a() % 100;
        } else {
            if (this == COMPACT) {
                return null;
            }
            if (this == YMD) {
                if (d.aDigits() != 4) {
                    return null;
                }
                year = d.a();
                month = d.b();
                day = d.c();
            } else {
                if (d.cDigits() != 4 && d.cDigits() != 2) {
                    return null;
                }
                year = d.cDigits() == 2 ? (d.c() < 70 ? 2000 + d.c() : 1900 + d.c()) : d.c();
                month = this == MDY ? d.a() : d.b();
                day = this == MDY ? d.b() : d.a();
            }
        }
        // A written four-digit year may be a placeholder like 0001: still a date (the log's cleaning drops it
        // with a count), so one odd value neither turns the column into text nor points at the header.
        int minYear = d.compact() ? 1000 : 1;
        if (month < 1 || month > 12 || day < 1 || day > 31 || year < minYear || year > 9999) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, d.hour(), d.minute(), d.second(), d.nano());
        } catch (DateTimeException e) {
            return null;
        }
    }
}
