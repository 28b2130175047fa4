package org.clientele.core.eda;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Revenue, orders and distinct customers per country; memory grows with customers × their countries. */
final class CountryTally implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    static final int HEAD = 10;

    private final Map<String, PeriodTally> countries = new HashMap<>();

    void add(String country, String customer, double amount, boolean newOrder) {
        if (country != null) {
            countries.computeIfAbsent(country, c -> new PeriodTally()).add(customer, amount, 0, newOrder);
        }
    }

    /** Takes back an order counted in {@code country} that earlier rows had already counted. */
    void uncountOrder(String country) {
        if (country != null) {
            countries.get(country).orders--;
        }
    }

    /** Adds the tallies of later rows. */
    void merge(CountryTally later) {
        later.countries.forEach((country, t) -> countries.merge(country, t, (a, b) -> {
            a.merge(b);
            return a;
        }));
    }

    CountryBreakdown breakdown(double totalRevenue) {
        List<Map.Entry<String, PeriodTally>> rows = new ArrayList<>(countries.entrySet());
        rows.sort(Comparator.comparingDouble((Map.Entry<String, PeriodTally> e) -> -e.getValue().revenue)
                .thenComparing(Map.Entry::getKey));
        List<CountryStat> all = new ArrayList<>();
        for (Map.Entry<String, PeriodTally> e : rows) {
            all.add(stat(e.getKey(), e.getValue().customers.size(), e.getValue().orders, e.getValue().revenue, totalRevenue));
        }
        List<CountryStat> head = new ArrayList<>(all.subList(0, Math.min(HEAD, all.size())));
        if (rows.size() > HEAD) {
            Set<String> customers = new HashSet<>();
            long orders = 0;
            double revenue = 0;
            for (Map.Entry<String, PeriodTally> e : rows.subList(HEAD, rows.size())) {
                customers.addAll(e.getValue().customers);
                orders += e.getValue().orders;
                revenue += e.getValue().revenue;
            }
            String name = String.format(Locale.ROOT, "Other (%d countries)", rows.size() - HEAD);
            head.add(stat(name, customers.size(), orders, revenue, totalRevenue));
        }
        return new CountryBreakdown(all.size(), all, head);
    }

    private static CountryStat stat(String name, int customers, long orders, double revenue, double total) {
        return new CountryStat(name, customers, orders, revenue, customers > 0 ? revenue / customers : Double.NaN,
                total > 0 ? revenue / total : Double.NaN);
    }
}
