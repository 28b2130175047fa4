package org.clientele.core.segment.profile;

import java.util.List;
import java.util.Locale;

/** Numbers and durations the way a report writes them: "12%", "4.2×", "3 weeks", "about 8 months". */
final class Phrases {

    private static final double DAYS_PER_MONTH = 365.25 / 12;

    private Phrases() {
    }

    /** 0.123 -> "12%", 0.004 -> "<1%", 0 -> "0%". */
    static String percent(double share) {
        if (share > 0 && share < 0.005) {
            return "<1%";
        }
        return Math.round(share * 100) + "%";
    }

    /** 4.23 -> "4.2×", 12.6 -> "13×". */
    static String times(double ratio) {
        return ratio >= 9.95 ? Math.round(ratio) + "×" : String.format(Locale.ROOT, "%.1f×", ratio);
    }

    /** One decimal, no trailing ".0" for whole numbers: 1.25 -> "1.3", 2.0 -> "2". */
    static String number(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** A value in original units at a sensible precision: 72,345.6 -> "72,346", 45.25 -> "45.3", 0.456 -> "0.46". */
    static String amount(double value) {
        double a = Math.abs(value);
        if (a >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (a >= 1) {
            return number(value);
        }
        String s = String.format(Locale.ROOT, "%.2f", value);
        return s.endsWith("0") && s.contains(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** The smallest natural span that contains {@code days}: 5 -> "5 days", 17 -> "3 weeks", 70 -> "3 months". */
    static String within(double days) {
        if (days <= 1) {
            return "day";
        }
        if (days <= 13) {
            return plural((long) Math.ceil(days), "day");
        }
        if (days <= 8 * 7) {
            return plural((long) Math.ceil(days / 7), "week");
        }
        if (days <= 24 * DAYS_PER_MONTH) {
            return plural((long) Math.ceil(days / DAYS_PER_MONTH), "month");
        }
        return number(Math.ceil(days / 365.25 * 2) / 2) + " years";
    }

    /** A span rounded to its natural unit: 9 -> "9 days", 20 -> "3 weeks", 250 -> "8 months", 800 -> "2.2 years". */
    static String span(double days) {
        if (days < 1.5) {
            return "1 day";
        }
        if (days < 14) {
            return plural(Math.round(days), "day");
        }
        if (days < 8 * 7) {
            return plural(Math.round(days / 7), "week");
        }
        if (days < 24 * DAYS_PER_MONTH) {
            return plural(Math.round(days / DAYS_PER_MONTH), "month");
        }
        return number(days / 365.25) + " years";
    }

    static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    /** "annual_income" -> "annual income", "purchaseFrequency" -> "purchase frequency"; "feature_2" stays. */
    static String label(String feature) {
        return ColumnVocabulary.defaults().describe(feature).label();
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "a", "a and b", "a, b and c". */
    static String join(List<String> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
