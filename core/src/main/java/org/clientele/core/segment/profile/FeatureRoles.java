package org.clientele.core.segment.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Which feature holds spend (monetary), recency in days and purchase frequency; each nullable when the
 * table has no such column. Detected from column names, and overridable with the {@code with…} methods.
 */
public record FeatureRoles(String monetary, String recency, String frequency) {

    public static final FeatureRoles NONE = new FeatureRoles(null, null, null);

    // Most specific first: the first pattern that matches any column wins for that role.
    private static final List<String> MONETARY = List.of("monetary", "monetary_value", "total_spend", "spend",
            "spent", "purchase_amount", "total_amount", "revenue", "total_revenue", "sales", "amount");
    private static final List<String> RECENCY = List.of("recency_days", "recency", "days_since_last_purchase",
            "days_since_last_order", "days_since_last", "days_since", "last_purchase_days");
    private static final List<String> FREQUENCY = List.of("frequency", "purchase_frequency", "order_frequency",
            "orders", "num_orders", "n_orders", "order_count", "number_of_orders", "invoices", "purchases",
            "number_of_purchases", "transactions");

    private static final List<String> GENERIC = List.of("amount", "sales", "orders", "purchases", "transactions",
            "invoices");

    /** Roles guessed from column names such as {@code monetary}, {@code recency_days}, {@code purchase_frequency}. */
    public static FeatureRoles detect(List<String> names) {
        return new FeatureRoles(find(names, MONETARY), find(names, RECENCY), find(names, FREQUENCY));
    }

    public FeatureRoles withMonetary(String column) {
        return new FeatureRoles(column, recency, frequency);
    }

    public FeatureRoles withRecency(String column) {
        return new FeatureRoles(monetary, column, frequency);
    }

    public FeatureRoles withFrequency(String column) {
        return new FeatureRoles(monetary, recency, column);
    }

    /** These roles with {@code column} taken out of whichever it held. */
    public FeatureRoles without(String column) {
        return new FeatureRoles(column.equals(monetary) ? null : monetary, column.equals(recency) ? null : recency,
                column.equals(frequency) ? null : frequency);
    }

    /**
     * These roles without columns that hold one value for everybody: a constant "revenue" (Kaggle's Z_Revenue)
     * would give each segment a share of revenue equal to its share of customers, which says nothing.
     *
     * @param values a column's values by name (NaN = missing)
     */
    public FeatureRoles withoutConstant(Function<String, double[]> values) {
        FeatureRoles roles = this;
        for (String role : new String[] {monetary, recency, frequency}) {
            if (role != null && Arrays.stream(values.apply(role)).filter(v -> !Double.isNaN(v)).distinct().limit(2)
                    .count() < 2) {
                roles = roles.without(role);
            }
        }
        return roles;
    }

    /** True when {@code feature} is one of the three roles. */
    public boolean hasRole(String feature) {
        return feature != null && (feature.equals(monetary) || feature.equals(recency) || feature.equals(frequency));
    }

    /** A name reduced to lower-case words joined by '_' so "Purchase Amount" and "purchaseAmount" compare equal. */
    static String normalise(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2");
        return spaced.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    private static String find(List<String> names, List<String> patterns) {
        for (String pattern : patterns) {
            for (String name : names) {
                String n = normalise(name);
                // averages and per-order figures are not totals: "average_order_value" is not monetary
                if (n.contains("avg") || n.contains("average") || n.contains("mean") || n.contains("per_")) {
                    continue;
                }
                // bare generic words must match whole names: "discount_amount" is not the spend column
                boolean generic = GENERIC.contains(pattern);
                if (n.equals(pattern) || !generic && (n.startsWith(pattern + "_") || n.endsWith("_" + pattern))) {
                    return name;
                }
            }
        }
        return null;
    }
}
