package org.clientele.core.data;

/**
 * The parts of something that looks like a date or date-time, before the day/month order is known:
 * three numbers a, b, c (or one 8-digit number when {@code compact}) and an optional time.
 */
record DateShape(int a, int aDigits, int b, int c, int cDigits, char separator, boolean compact,
                 boolean hasTime, int hour, int minute, int second, int nano) {

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};

    /** Null when {@code s} does not look like a date. */
    static DateShape of(String s) {
        int n = s.length();
        if (n < 6 || n > 35) {
            return null;
        }
        char first = s.charAt(0);
        if (Character.isLetter(first) || n > 3 && (Character.isLetter(s.charAt(1)) || Character.isLetter(s.charAt(2))
                || Character.isLetter(s.charAt(3)))) {
            return withMonthName(s);
        }
        int i = 0;
        int[] fields = new int[3];
        int[] digits = new int[3];
        char sep = 0;
        for (int f = 0; f < 3; f++) {
            int v = 0;
            int start = i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - start < 8) {
                v = v * 10 + (s.charAt(i) - '0');
                i++;
            }
            digits[f] = i - start;
            fields[f] = v;
            if (digits[f] == 0) {
                return null;
            }
            if (f == 0 && digits[0] == 8) {
                if (i != n) {
                    return null;
                }
                return new DateShape(v, 8, 0, 0, 0, (char) 0, true, false, 0, 0, 0, 0);
            }
            if (digits[f] > 4) {
                return null;
            }
            if (f < 2) {
                if (i >= n) {
                    return null;
                }
                char c = s.charAt(i);
                if (f == 0) {
                    if (c != '-' && c != '/' && c != '.') {
                        return null;
                    }
                    sep = c;
                } else if (c != sep) {
                    return null;
                }
                i++;
            }
        }
        return withTime(s, i, fields[0], digits[0], fields[1], fields[2], digits[2], sep);
    }

    /**
     * A date written with the month's name, as spreadsheets and reports do: {@code 01-Dec-2010}, {@code 1 Dec 10},
     * {@code Dec 1, 2010}, {@code December 1 2010}, each optionally followed by a time. The month's name
     * settles the order, so the shape is given year first ({@link DateLayout#YMD}).
     */
    private static DateShape withMonthName(String s) {
        int n = s.length();
        int i = 0;
        int day;
        int month;
        int year;
        int yearDigits;
        if (Character.isDigit(s.charAt(0))) {
            int[] at = {0};
            day = number(s, at, 2);
            i = at[0];
            if (day < 0 || i >= n || (s.charAt(i) != '-' && s.charAt(i) != ' ' && s.charAt(i) != '/' && s.charAt(i) != '.')) {
                return null;
            }
            char sep = s.charAt(i++);
            int start = i;
            while (i < n && Character.isLetter(s.charAt(i))) {
                i++;
            }
            month = month(s.substring(start, i));
            if (month < 0 || i >= n || s.charAt(i) != sep) {
                return null;
            }
            at[0] = i + 1;
            year = number(s, at, 4);
            yearDigits = at[0] - i - 1;
            i = at[0];
        } else {
            while (i < n && Character.isLetter(s.charAt(i))) {
                i++;
            }
            month = month(s.substring(0, i));
            if (month < 0 || i >= n || s.charAt(i) != ' ' && s.charAt(i) != '-') {
                return null;
            }
            int[] at = {i + 1};
            day = number(s, at, 2);
            i = at[0];
            if (i < n && s.charAt(i) == ',') {
                i++;
            }
            if (day < 0 || i >= n || s.charAt(i) != ' ' && s.charAt(i) != '-') {
                return null;
            }
            at[0] = i + 1;
            year = number(s, at, 4);
            yearDigits = at[0] - i - 1;
            i = at[0];
        }
        if (year < 0 || yearDigits != 2 && yearDigits != 4) {
            return null;
        }
        if (yearDigits == 2) {
            year = year < 70 ? 2000 + year : 1900 + year;
        }
        return withTime(s, i, year, 4, month, day, 2, '-');
    }

    /** The digits at {@code at[0]} (at most {@code max} of them) as a number, or -1 when there are none. */
    private static int number(String s, int[] at, int max) {
        int i = at[0];
        int v = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - at[0] < max) {
            v = v * 10 + (s.charAt(i) - '0');
            i++;
        }
        if (i == at[0] || i < s.length() && Character.isDigit(s.charAt(i))) {
            return -1;
        }
        at[0] = i;
        return v;
    }

    /** 1–12 for an English month name or its first three letters ({@code Dec}, {@code December}, {@code Sept}); else -1. */
    private static int month(String word) {
        if (word.length() < 3 || word.length() > 9) {
            return -1;
        }
        String w = word.toLowerCase(java.util.Locale.ROOT);
        for (int m = 0; m < MONTHS.length; m++) {
            if (w.startsWith(MONTHS[m])) {
                String[] full = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december"};
                return w.length() == 3 || full[m].startsWith(w) ? m + 1 : -1;
            }
        }
        return -1;
    }

    /** The shape with the time that follows position {@code i} of {@code s}, or null when what follows is no time. */
    private static DateShape withTime(String s, int i, int a, int aDigits, int b, int c, int cDigits, char sep) {
        int n = s.length();
        int[] fields = {a, b, c};
        int[] digits = {aDigits, 0, cDigits};
        if (i == n) {
            return new DateShape(fields[0], digits[0], fields[1], fields[2], digits[2], sep, false, false, 0, 0, 0, 0);
        }
        char t = s.charAt(i);
        if (t != ' ' && t != 'T') {
            return null;
        }
        i++;
        int[] time = new int[3];
        int parts = 0;
        while (parts < 3) {
            int v = 0;
            int start = i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - start < 2) {
                v = v * 10 + (s.charAt(i) - '0');
                i++;
            }
            if (i == start) {
                return null;
            }
            time[parts++] = v;
            if (i < n && s.charAt(i) == ':') {
                i++;
            } else {
                break;
            }
        }
        if (parts < 2) {
            return null;
        }
        int nano = 0;
        if (i < n && s.charAt(i) == '.' && parts == 3) {
            i++;
            int scale = 100_000_000;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                nano += (s.charAt(i) - '0') * scale;
                scale /= 10;
                i++;
            }
        }
        int hour = time[0];
        while (i < n && s.charAt(i) == ' ') {
            i++;
        }
        if (i < n) {
            String rest = s.substring(i);
            if (rest.equalsIgnoreCase("PM") && hour < 12) {
                hour += 12;
            } else if (rest.equalsIgnoreCase("AM") && hour == 12) {
                hour = 0;
            } else if (!rest.equalsIgnoreCase("AM") && !rest.equalsIgnoreCase("PM") && !isZone(rest)) {
                return null;
            }
        }
        if (hour > 23 || time[1] > 59 || time[2] > 59) {
            return null;
        }
        return new DateShape(fields[0], digits[0], fields[1], fields[2], digits[2], sep, false, true,
                hour, time[1], time[2], nano);
    }

    /**
     * A time zone after the time ({@code Z}, {@code UTC}, {@code GMT}, {@code +01:00}, {@code -0500}): the time is
     * kept as written, the local time of the shop, as for every other timestamp.
     */
    private static boolean isZone(String rest) {
        if (rest.equals("Z") || rest.equalsIgnoreCase("UTC") || rest.equalsIgnoreCase("GMT")) {
            return true;
        }
        if (rest.length() != 6 && rest.length() != 5 && rest.length() != 3 || rest.charAt(0) != '+' && rest.charAt(0) != '-') {
            return false;
        }
        int digits = 0;
        for (int k = 1; k < rest.length(); k++) {
            char c = rest.charAt(k);
            if (Character.isDigit(c)) {
                digits++;
            } else if (c != ':' || k != 3) {
                return false;
            }
        }
        return digits == 4 || digits == 2 && rest.length() == 3;
    }
}
