package org.clientele.core.eda;

import java.util.List;
import java.util.Map;

/**
 * Each customer's share of spend per product category, as optional customer features: {@code shares}
 * maps a customer id to fractions in {@code categories} order that sum to 1 (all 0 when the customer's
 * spend is not positive).
 */
public record CategoryShares(List<String> categories, Map<String, double[]> shares) {

    public CategoryShares {
        categories = List.copyOf(categories);
        shares = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(shares));
    }

    /** Feature column names such as {@code category_share_candles_lighting}. */
    public List<String> featureNames() {
        return categories.stream().map(c -> "category_share_" + c.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "")).toList();
    }
}
