package org.clientele.core.data;

import java.util.List;
import java.util.Set;

/**
 * Whether an integer column of a customer table holds category codes (Channel 1/2, Region 1/2/3) rather
 * than amounts or counts. A code column has at most {@link #MAX_LEVELS} distinct values, each seen several
 * times, small non-negative values, and either a name that says category (channel, region, plan, …) or
 * values starting at 1 under a name that does not say count or measure (Kidhome 0/1/2, NumWebPurchases,
 * a 0/1 flag and a 1–5 rating stay numbers).
 */
final class IntegerCodes {

    static final int MAX_LEVELS = 12;
    /** Codes are small numbers: a column reaching past this is a measure (10, 20, 30 €), not a code. */
    static final int MAX_CODE = 20;
    /** Every level should be seen this often on average, so a small sample of a measure is not mistaken. */
    static final int MIN_ROWS_PER_LEVEL = 5;

    private static final Set<String> CATEGORY_WORDS = Set.of("channel", "region", "segment", "type", "code", "group",
            "class", "category", "cluster", "plan", "tier", "status", "gender", "sex", "country", "state", "city",
            "zone", "area", "store", "branch", "education", "marital", "occupation", "job", "payment", "method",
            "source", "device", "language", "brand", "team", "department", "division", "market", "territory",
            "membership", "subscription", "contract", "product", "line", "platform", "cohort");
    private static final Set<String> MEASURE_WORDS = Set.of("num", "number", "count", "cnt", "qty", "quantity", "kid",
            "kids", "kidhome", "teenhome", "teen", "children", "child", "home", "visits", "purchases", "orders", "items",
            "frequency", "recency", "days", "day", "weeks", "months", "years", "year", "age", "tenure", "score",
            "rating", "rank", "level", "size", "amount", "total", "sum", "spend", "price", "income", "value", "mnt",
            "members", "persons", "people", "rooms", "cars", "pets", "dependents", "household", "times", "minutes",
            "hours", "n", "nb");

    private IntegerCodes() {
    }

    static boolean isCode(String name, ColumnSniffer sniffer) {
        Set<String> values = sniffer.distinctValues();
        if (values == null || values.size() < 2 || values.size() > MAX_LEVELS
                || sniffer.present() < (long) MIN_ROWS_PER_LEVEL * values.size()) {
            return false;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (String v : values) {
            long x;
            try {
                x = Long.parseLong(v.startsWith("+") ? v.substring(1) : v);
            } catch (NumberFormatException e) {
                return false;
            }
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        if (min < 0 || max > MAX_CODE) {
            return false;
        }
        List<String> words = ColumnNames.words(name);
        if (words.stream().anyMatch(CATEGORY_WORDS::contains)) {
            return true;
        }
        boolean measure = words.stream().anyMatch(w -> MEASURE_WORDS.contains(w) || w.startsWith("num"));
        return min >= 1 && !measure;
    }
}
