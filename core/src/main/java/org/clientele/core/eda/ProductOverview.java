package org.clientele.core.eda;

import java.util.List;

/**
 * Products and categories: the top products by units and by revenue, the categories derived from
 * descriptions by {@link CategoryRules} (with the rules themselves), and the most frequent meaningful
 * description words.
 */
public record ProductOverview(int products, List<ProductStat> topByQuantity, List<ProductStat> topByRevenue,
                              List<CategoryStat> categories, List<CategoryRule> categoryRules,
                              List<TokenCount> topTokens) {

    public ProductOverview {
        topByQuantity = List.copyOf(topByQuantity);
        topByRevenue = List.copyOf(topByRevenue);
        categories = List.copyOf(categories);
        categoryRules = List.copyOf(categoryRules);
        topTokens = List.copyOf(topTokens);
    }
}
