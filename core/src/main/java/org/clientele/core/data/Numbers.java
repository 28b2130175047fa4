package org.clientele.core.data;

/**
 * Fast, regex-free number parsing in two styles: US ({@code 1,234.50}) and European
 * ({@code 1.234,50}). Grouping separators are accepted only in groups of three, so {@code 1,5} is
 * never read as fifteen. Results equal {@link Double#parseDouble} (short mantissas are divided by an
 * exact power of ten, which IEEE division rounds correctly). Spreadsheets export formatted cells as
 * {@code $12}, {@code -$1,234.50}, {@code 12,50 €} or {@code 12%}: one currency symbol before or after
 * the number, or a percent sign after it, is read past, so those read as 12, -1234.5, 12.5 and 12
 * (a percentage stays in percent points, as the column shows it).
 */
public final class Numbers {

    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private Numbers() {
    }

    /** Parses {@code s} in US style ({@code ,} groups, {@code .} decimals); NaN when it is not a number. */
    public static double parseUs(String s) {
        return parse(s, ',', '.');
    }

    /** Parses {@code s} in European style ({@code .} groups, {@code ,} decimals); NaN when it is not a number. */
    public static double parseEuropean(String s) {
        return parse(s, '.', ',');
    }

    public static double parse(String s, boolean european) {
        return european ? parse(s, '.', ',') : parse(s, ',', '.');
    }

    /** True when {@code s} is a plain integer: optional sign and digits only. */
    public static boolean isPlainInteger(String s) {
        int n = s.length();
        int i = n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
        if (i == n) {
            return false;
        }
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** True for an integer written with a zero fraction, such as {@code 17850.0}. */
    public static boolean isIntegerWithZeroFraction(String s) {
        int dot = s.indexOf('.');
        if (dot <= 0 || dot == s.length() - 1 || !isPlainInteger(s.substring(0, dot))) {
            return false;
        }
        for (int i = dot + 1; i < s.length(); i++) {
            if (s.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code 17850.0} becomes {@code 17850}, and so does a European spreadsheet's {@code 17850,0} (one or two
     * zeros after the comma; three would be a US thousands group); anything else is returned unchanged.
     */
    public static String stripZeroFraction(String s) {
        int dot = s.indexOf('.');
        if (dot < 0) {
            int comma = s.indexOf(',');
            dot = comma > 0 && s.length() - comma - 1 <= 2 ? comma : -1;
        }
        if (dot <= 0) {
            return s;
        }
        for (int i = dot + 1; i < s.length(); i++) {
            if (s.charAt(i) != '0') {
                return s;
            }
        }
        for (int i = s.charAt(0) == '-' ? 1 : 0; i < dot; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return s;
            }
        }
        return s.substring(0, dot);
    }

    static double parse(String s, char group, char decimal) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) == ' ') {
            i++;
        }
        while (n > i && s.charAt(n - 1) == ' ') {
            n--;
        }
        if (i == n) {
            return Double.NaN;
        }
        boolean negative = false;
        char c0 = s.charAt(i);
        if (c0 == '-' || c0 == '+') {
            negative = c0 == '-';
            i++;
        }
        long mantissa = 0;
        boolean exact = true;
        int digits = 0;
        int intDigits = 0;
        int sinceGroup = -1; // digits since the last grouping separator; -1 = no grouping seen
        int fraction = 0;
        boolean inFraction = false;
        boolean hasGroup = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (mantissa < 100_000_000_000_000_000L) {
                    mantissa = mantissa * 10 + (c - '0');
                } else {
                    exact = false;
                }
                digits++;
                if (inFraction) {
                    fraction++;
                } else {
                    intDigits++;
                    if (sinceGroup >= 0) {
                        sinceGroup++;
                    }
                }
            } else if (c == decimal && !inFraction) {
                if (hasGroup && sinceGroup != 3) {
                    return Double.NaN;
                }
                inFraction = true;
            } else if (c == group && !inFraction) {
                if (intDigits == 0 || (hasGroup ? sinceGroup != 3 : intDigits > 3)) {
                    return Double.NaN;
                }
                hasGroup = true;
                sinceGroup = 0;
            } else if ((c == 'e' || c == 'E') && digits > 0) {
                return slow(s, group, decimal);
            } else {
                return decorated(s, group, decimal);
            }
        }
        if (digits == 0 || (hasGroup && !inFraction && sinceGroup != 3)) {
            return Double.NaN;
        }
        double v;
        if (exact && mantissa < (1L << 53) && fraction < POW10.length) {
            v = fraction == 0 ? mantissa : mantissa / POW10[fraction];
        } else {
            return slow(s, group, decimal);
        }
        return negative ? -v : v;
    }

    /** True for the currency symbols spreadsheets put in formatted cells. */
    static boolean isCurrencySymbol(char c) {
        return c == '$' || c == '€' || c == '£' || c == '¥' || c == '₹';
    }

    /**
     * The number inside a cell written with a currency symbol ({@code $12}, {@code -$12}, {@code $-12},
     * {@code 12 €}) or a trailing percent sign ({@code 12%}, {@code 12 %}); NaN for anything else.
     */
    private static double decorated(String s, char group, char decimal) {
        String t = s.strip();
        boolean negative = false;
        int from = 0;
        int to = t.length();
        if (to > 0 && (t.charAt(0) == '-' || t.charAt(0) == '+')) {
            negative = t.charAt(0) == '-';
            from = 1;
        }
        boolean marked = false;
        if (from < to && isCurrencySymbol(t.charAt(from))) {
            from++;
            marked = true;
        } else if (to > from && (isCurrencySymbol(t.charAt(to - 1)) || t.charAt(to - 1) == '%')) {
            to--;
            marked = true;
        }
        if (!marked) {
            return Double.NaN;
        }
        String core = t.substring(from, to).strip();
        if (core.isEmpty() || !(core.charAt(0) >= '0' && core.charAt(0) <= '9' || core.charAt(0) == decimal
                || !negative && core.charAt(0) == '-')) {
            return Double.NaN;
        }
        char last = core.charAt(core.length() - 1);
        if (!(last >= '0' && last <= '9' || last == decimal)) {
            return Double.NaN;
        }
        double v = parse(core, group, decimal);
        return negative ? -v : v;
    }

    private static double slow(String s, char group, char decimal) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == group) {
                continue;
            }
            sb.append(c == decimal ? '.' : c);
        }
        try {
            return Double.parseDouble(sb.toString().strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
