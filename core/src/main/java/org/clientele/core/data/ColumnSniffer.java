package org.clientele.core.data;

import java.util.HashSet;

/**
 * Watches the values of one column and decides its type: counts how many values read as numbers (US
 * or European style), booleans and dates (by layout), and how many are distinct (up to a cap).
 * A type is chosen when at least {@link #CONFORM} of the present values fit it; the rest are reported
 * as mixed types and read as missing.
 */
public final class ColumnSniffer {

    static final double CONFORM = 0.95;
    private final String name;
    private final int distinctCap;
    private final HashSet<String> distinct;
    private boolean capped;
    long present;
    long missing;
    long usNumbers;
    long euNumbers;
    long integers;
    long zeroFractionIntegers;
    long euZeroFractionIntegers;
    long zeroPadded;
    long booleans;
    long ymd;
    long dayFirstOrMonthFirst;
    long compact;
    long withTime;
    long firstOver12;
    long secondOver12;
    char dateSeparator;
    long totalLength;
    long withSpaces;
    // Plain integers in file order: how many followed the previous one by exactly +1, and their range, to
    // recognise a row number (1, 2, 3, … or a shuffled 1..n) that would otherwise pass for a measure.
    private long lastInteger = Long.MIN_VALUE;
    long unitSteps;
    long minInteger = Long.MAX_VALUE;
    long maxInteger = Long.MIN_VALUE;
    /** Fewest rows for which a run of consecutive integers is taken for a row number rather than chance. */
    static final long ROW_NUMBER_MIN_ROWS = 20;

    public ColumnSniffer(String name, int distinctCap) {
        this.name = name;
        this.distinctCap = distinctCap;
        this.distinct = new HashSet<>();
    }

    public void accept(String raw) {
        if (MissingValues.isMissing(raw)) {
            missing++;
            return;
        }
        String s = raw.strip();
        present++;
        totalLength += s.length();
        if (s.indexOf(' ') >= 0) {
            withSpaces++;
        }
        if (!capped) {
            distinct.add(s);
            if (distinct.size() > distinctCap) {
                capped = true;
                distinct.clear();
            }
        }
        char c0 = s.charAt(0);
        boolean maybeNumber = (c0 >= '0' && c0 <= '9') || c0 == '-' || c0 == '+' || c0 == '.' || c0 == ','
                || Numbers.isCurrencySymbol(c0);
        if (maybeNumber) {
            boolean plainInt = Numbers.isPlainInteger(s);
            if (plainInt) {
                integers++;
                usNumbers++;
                euNumbers++;
                countInteger(s);
                if (s.length() > 1 && c0 == '0') {
                    zeroPadded++;
                }
                if (s.length() == 8) {
                    DateShape d = DateShape.of(s);
                    if (d != null && DateLayout.COMPACT.toDateTime(d) != null) {
                        compact++;
                    }
                }
                return;
            }
            boolean us = !Double.isNaN(Numbers.parseUs(s));
            boolean eu = !Double.isNaN(Numbers.parseEuropean(s));
            if (us) {
                usNumbers++;
                if (Numbers.isIntegerWithZeroFraction(s)) {
                    zeroFractionIntegers++;
                }
            }
            if (eu) {
                euNumbers++;
                if (isEuropeanZeroFraction(s)) {
                    euZeroFractionIntegers++;
                }
            }
            if (us || eu) {
                return;
            }
            DateShape d = DateShape.of(s);
            if (d != null && !d.compact()) {
                countDate(d);
            }
            return;
        }
        if (isBoolean(s)) {
            booleans++;
        } else if (s.length() >= 6 && Character.isLetter(c0)) {
            DateShape d = DateShape.of(s); // "Dec 1, 2010"
            if (d != null) {
                countDate(d);
            }
        }
    }

    private void countInteger(String s) {
        if (s.length() > 18) {
            return;
        }
        long v = Long.parseLong(s.charAt(0) == '+' ? s.substring(1) : s);
        if (lastInteger != Long.MIN_VALUE && v == lastInteger + 1) {
            unitSteps++;
        }
        lastInteger = v;
        minInteger = Math.min(minInteger, v);
        maxInteger = Math.max(maxInteger, v);
    }

    /** True for {@code 17850,0}: an integer written with a European zero fraction. */
    private static boolean isEuropeanZeroFraction(String s) {
        int comma = s.indexOf(',');
        return comma > 0 && s.indexOf('.') < 0 && Numbers.isIntegerWithZeroFraction(s.replace(',', '.'));
    }

    /**
     * True when the column has a value in every row, no two alike, and each a whole number (written
     * {@code 17850}, {@code 17850.0} or {@code 17850,0}): what a customer number looks like.
     */
    boolean distinctWholeNumbersInEveryRow() {
        return missing == 0 && present > 1 && !capped && distinct.size() == present
                && (integers + zeroFractionIntegers == present || integers + euZeroFractionIntegers == present);
    }

    /**
     * True when every value is a distinct integer and together they count rows: each one more than the last
     * (1, 2, 3, …), or exactly the integers from the smallest to the largest in any order. Such a column
     * (a spreadsheet's row number, a saved data frame's index) identifies rows; it measures nothing.
     */
    boolean looksLikeRowNumber() {
        if (present < ROW_NUMBER_MIN_ROWS || integers != present || missing > 0) {
            return false;
        }
        if (unitSteps == present - 1) {
            return true;
        }
        return !capped && distinct.size() == present && maxInteger - minInteger + 1 == present;
    }

    private void countDate(DateShape d) {
        if (d.aDigits() == 4) {
            if (DateLayout.YMD.toDateTime(d) == null) {
                return;
            }
            ymd++;
        } else {
            if (d.a() > 12) {
                firstOver12++;
            }
            if (d.b() > 12) {
                secondOver12++;
            }
            if (d.a() > 31 || d.b() > 31 || (d.a() > 12 && d.b() > 12) || (d.cDigits() != 4 && d.cDigits() != 2)) {
                return;
            }
            dayFirstOrMonthFirst++;
            dateSeparator = d.separator();
        }
        if (d.hasTime()) {
            withTime++;
        }
    }

    static boolean isBoolean(String s) {
        switch (s.length()) {
            case 1:
                char c = Character.toLowerCase(s.charAt(0));
                return c == 'y' || c == 'n' || c == 't' || c == 'f';
            case 2:
                return s.equalsIgnoreCase("no");
            case 3:
                return s.equalsIgnoreCase("yes");
            case 4:
                return s.equalsIgnoreCase("true");
            case 5:
                return s.equalsIgnoreCase("false");
            default:
                return false;
        }
    }

    /** Reads a boolean token, or returns null. */
    public static Boolean parseBoolean(String s) {
        if (s == null || !isBoolean(s.strip())) {
            return null;
        }
        char c = Character.toLowerCase(s.strip().charAt(0));
        return c == 'y' || c == 't';
    }

    public String name() {
        return name;
    }

    public long present() {
        return present;
    }

    public long missing() {
        return missing;
    }

    /** The distinct present values (stripped), or null when there were more than the cap. */
    java.util.Set<String> distinctValues() {
        return capped ? null : java.util.Collections.unmodifiableSet(distinct);
    }

    /** Distinct present values, or -1 when there were more than the cap. */
    public long distinct() {
        return capped ? -1 : distinct.size();
    }

    public ColumnSpec decide() {
        if (present == 0) {
            return new ColumnSpec(name, ColumnType.EMPTY, false, null, 1.0);
        }
        double p = present;
        boolean idName = ColumnNames.isIdName(name);
        boolean unique = !capped && distinct.size() == present && present > 1;
        if (booleans / p >= CONFORM) {
            return new ColumnSpec(name, ColumnType.BOOLEAN, false, null, booleans / p);
        }
        if (compact / p >= CONFORM && (ColumnNames.hintsDate(name) || compact == present) && !idName) {
            return new ColumnSpec(name, ColumnType.DATE, false, DateLayout.COMPACT, compact / p);
        }
        long dates = ymd + dayFirstOrMonthFirst;
        if (dates / p >= CONFORM) {
            DateLayout layout = ymd >= dayFirstOrMonthFirst ? DateLayout.YMD : dayMonthOrder();
            boolean guessed = layout != DateLayout.YMD && (firstOver12 == 0) == (secondOver12 == 0);
            return new ColumnSpec(name, withTime > 0 ? ColumnType.DATETIME : ColumnType.DATE, false, layout, dates / p,
                    guessed);
        }
        long numbers = Math.max(usNumbers, euNumbers);
        if (numbers / p >= CONFORM) {
            boolean european = euNumbers > usNumbers;
            boolean integral = integers + (european ? euZeroFractionIntegers : zeroFractionIntegers) == numbers;
            if (idName && integral || zeroPadded > 0 && integers == numbers || looksLikeRowNumber()) {
                return new ColumnSpec(name, ColumnType.IDENTIFIER, false, null, numbers / p);
            }
            ColumnType t = integers == numbers ? ColumnType.INTEGER : ColumnType.DECIMAL;
            return new ColumnSpec(name, t, european, null, numbers / p);
        }
        if (idName || unique && withSpaces == 0 && averageLength() <= 64) {
            return new ColumnSpec(name, ColumnType.IDENTIFIER, false, null, 1.0);
        }
        long d = capped ? Long.MAX_VALUE : distinct.size();
        boolean categorical = d <= Math.max(50, present / 20) && averageLength() <= 60;
        return new ColumnSpec(name, categorical ? ColumnType.CATEGORICAL : ColumnType.TEXT, false, null, 1.0);
    }

    /** Day/month order decided by the values seen, or null when none had a part above 12. */
    public DateLayout decidedDayMonthOrder() {
        if (firstOver12 > 0 && secondOver12 == 0) {
            return DateLayout.DMY;
        }
        if (secondOver12 > 0 && firstOver12 == 0) {
            return DateLayout.MDY;
        }
        return null;
    }

    private DateLayout dayMonthOrder() {
        if (firstOver12 > 0 && secondOver12 == 0) {
            return DateLayout.DMY;
        }
        if (secondOver12 > 0 && firstOver12 == 0) {
            return DateLayout.MDY;
        }
        // Undecidable from the values: slashes are usually US month-first, dashes and dots day-first.
        return dateSeparator == '/' ? DateLayout.MDY : DateLayout.DMY;
    }

    double averageLength() {
        return present == 0 ? 0 : totalLength / (double) present;
    }
}
