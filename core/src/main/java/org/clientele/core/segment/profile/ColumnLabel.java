package org.clientele.core.segment.profile;

/**
 * How a column reads in a sentence: plain words instead of the header ({@code "Spending Score (1-100)"} ->
 * "spending score"), the unit its numbers are in, and what kind of column it is.
 *
 * @param column  the header exactly as in the file
 * @param label   plain words; for a {@code flag} column a phrase that follows a share ("accepted campaign 3")
 * @param unit    {@code money}, {@code score}, {@code percent}, {@code count} (the label names what is counted:
 *                "store purchases"), {@code minutes}, {@code hours}, {@code days}, {@code months}, {@code years},
 *                {@code year} (a calendar year) or null
 * @param symbol  the currency symbol for {@code money} ("$"), else null
 * @param scale   money: what one unit of the column is worth (1000 for "(k$)"); score: the top of the scale (100)
 * @param kind    {@code flag} (0/1: its mean is a share), {@code share} (a fraction 0..1 of each customer's
 *                activity; {@code label} then follows a percentage: "of purchases in autumn"), {@code code}
 *                (numbers standing for categories, never
 *                named or described as amounts) or null
 * @param concept what the column measures, for the naming terms ("income", "category_spend"); may be null
 * @param subject fills {@code {subject}} in a term's words ("wine" for wine spend); may be null
 * @param inverse true when a higher value means less of the concept (birth year is higher for younger customers)
 * @param role    {@code monetary}, {@code recency} or {@code frequency} when the vocabulary says so, else null
 */
public record ColumnLabel(String column, String label, String unit, String symbol, double scale, String kind,
                          String concept, String subject, boolean inverse, String role) {

    public boolean isCode() {
        return "code".equals(kind);
    }

    public boolean isFlag() {
        return "flag".equals(kind);
    }

    /** The label as a noun: a share's "of purchases in autumn" becomes "share of purchases in autumn". */
    public String noun() {
        return label.startsWith("of ") ? "share " + label : label;
    }

    /** True for 0/1 flags and 0..1 shares, whose means read as percentages. */
    public boolean isShare() {
        return "flag".equals(kind) || "share".equals(kind);
    }

    /** The value alone where the unit was just said: "251 days vs 132", "82 of 100 vs 50"; else as {@link #format}. */
    public String formatAgain(double value) {
        if (unit == null) {
            return format(value);
        }
        return switch (unit) {
            case "score" -> Long.toString(Math.round(value));
            case "minutes", "hours", "days", "months", "years" -> Phrases.amount(value);
            default -> format(value);
        };
    }

    /** A value of this column for a sentence, in the column's unit: "$86.5k", "82 of 100", "45%", "1975". */
    public String format(double value) {
        if (unit == null) {
            return Phrases.amount(value);
        }
        return switch (unit) {
            case "money" -> money(value);
            case "score" -> Math.round(value) + " of " + Phrases.amount(scale);
            case "percent" -> Phrases.number(value) + "%";
            case "minutes", "hours", "days", "months", "years" -> Phrases.amount(value) + " " + unit;
            case "year" -> Long.toString(Math.round(value));
            default -> Phrases.amount(value);
        };
    }

    private String money(double value) {
        String sign = value < 0 ? "-" : "";
        String s = symbol == null ? "" : symbol;
        double v = Math.abs(value) * (scale > 0 ? scale : 1);
        if (v >= 1_000_000) {
            return sign + s + Phrases.number(v / 1_000_000) + "m";
        }
        if (v >= 10_000 || scale >= 1000 && v >= 1000) {
            return sign + s + Phrases.number(v / 1000) + "k";
        }
        return sign + s + Phrases.amount(v);
    }
}
