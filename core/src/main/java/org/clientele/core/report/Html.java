package org.clientele.core.report;

import java.util.Locale;

/** Text and numbers as they appear in the report: escaped for HTML and formatted the same way everywhere. */
final class Html {

    private Html() {
    }

    /** Escapes the five characters that can break out of text or an attribute value. */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** 0.1234 → "12.3%"; NaN → "–". */
    static String percent(double share) {
        return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** 1234567.8 → "1,234,568"; NaN → "–". */
    static String whole(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%,.0f", value);
    }

    /** A figure with {@code digits} decimals; NaN → "–". */
    static String decimal(double value, int digits) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%,." + digits + "f", value);
    }

    /** A figure with sensible precision for its size: up to 2 decimals below 100 (no trailing zeros), whole numbers above. */
    static String figure(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        double a = Math.abs(value);
        if (a >= 100) {
            return whole(value);
        }
        // 6.00 → "6", 2.50 → "2.5": counts read as counts
        return new java.math.BigDecimal(decimal(value, a >= 10 ? 1 : 2).replace(",", "")).stripTrailingZeros()
                .toPlainString();
    }
}
