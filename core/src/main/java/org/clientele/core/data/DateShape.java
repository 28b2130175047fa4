package org.clientele.core.data;

/**
 * The parts of something that looks like a date or date-time, before the day/month order is known:
 * three numbers a, b, c (or one 8-digit number when {@code compact}) and an optional time.
 */
record DateShape(int a, int aDigits, int b, int c, int cDigits, char separator, boolean compact,
                 boolean hasTime, int hour, int minute, int second, int nano) {

    /** Null when {@code s} does not look like a date. */
    static DateShape of(String s) {
        int n = s.length();
        if (n < 6 || n > 35) {
            return null;
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
            } else if (!rest.equalsIgnoreCase("AM") && !rest.equalsIgnoreCase("PM") && !rest.equals("Z")) {
                return null;
            }
        }
        if (hour > 23 || time[1] > 59 || time[2] > 59) {
            return null;
        }
        return new DateShape(fields[0], digits[0], fields[1], fields[2], digits[2], sep, false, true,
                hour, time[1], time[2], nano);
    }
}
