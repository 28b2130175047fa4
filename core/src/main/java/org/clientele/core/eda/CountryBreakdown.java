package org.clientele.core.eda;

import java.util.List;

/**
 * Countries by decreasing revenue. {@code head} is the top countries and, when more exist, one row for
 * the rest together (its customers count distinct customers across those countries): logs such as
 * Online Retail are dominated by their home market, so a chart of every country is unreadable.
 */
public record CountryBreakdown(int countries, List<CountryStat> all, List<CountryStat> head) {

    public CountryBreakdown {
        all = List.copyOf(all);
        head = List.copyOf(head);
    }

    /** The country with the most revenue, or null when the log has no country column. */
    public CountryStat top() {
        return all.isEmpty() ? null : all.get(0);
    }
}
