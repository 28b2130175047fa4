package org.clientele.core.transactions;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * Running totals for one customer. Memory is per customer: two small hash sets of 64-bit hashes
 * (their invoices and products, ~16 bytes each) and fixed counters, never the rows themselves.
 */
final class CustomerAccumulator {

    final String id;
    private Stamp first;
    private Stamp last;
    private double monetary;
    private double quantity;
    private long lines;
    private final LongHashSet purchases = new LongHashSet(4);
    private final LongHashSet products = new LongHashSet(8);
    private String lastInvoice;
    private final int[] hourBands = new int[4];
    private final int[] weekdays = new int[7];
    private final int[] seasons = new int[4];
    private String country;
    private int countryRows;
    private Map<String, Integer> otherCountries;

    CustomerAccumulator(String id) {
        this.id = id;
    }

    void add(String invoice, Stamp time, double qty, double amount, String product, String country) {
        lines++;
        monetary += amount;
        if (!Double.isNaN(qty)) {
            quantity += qty;
        }
        if (first == null || time.epochSecond < first.epochSecond) {
            first = time;
        }
        if (last == null || time.epochSecond > last.epochSecond) {
            last = time;
        }
        boolean newPurchase;
        if (invoice != null) {
            // Consecutive lines of one invoice skip the hashing.
            newPurchase = !invoice.equals(lastInvoice) && purchases.add(Hash64.of(invoice));
            lastInvoice = invoice;
        } else {
            newPurchase = purchases.add(time.epochSecond);
        }
        if (newPurchase) {
            hourBands[time.hourBand]++;
            weekdays[time.weekday]++;
            seasons[time.season]++;
        }
        if (product != null) {
            products.add(Hash64.of(product));
        }
        if (country != null) {
            addCountry(country);
        }
    }

    private void addCountry(String c) {
        if (this.country == null) {
            this.country = c;
        }
        if (c.equals(this.country)) {
            countryRows++;
            return;
        }
        if (otherCountries == null) {
            otherCountries = new HashMap<>();
        }
        otherCountries.merge(c, 1, Integer::sum);
    }

    private String mainCountry() {
        String best = country;
        int bestRows = countryRows;
        if (otherCountries != null) {
            for (Map.Entry<String, Integer> e : otherCountries.entrySet()) {
                if (e.getValue() > bestRows || e.getValue() == bestRows && e.getKey().compareTo(best) < 0) {
                    best = e.getKey();
                    bestRows = e.getValue();
                }
            }
        }
        return best;
    }

    CustomerSummary summary(LocalDate asOf, boolean hasQuantity) {
        int f = purchases.size();
        double recency = ChronoUnit.DAYS.between(last.time.toLocalDate(), asOf);
        double tenure = ChronoUnit.DAYS.between(first.time.toLocalDate(), last.time.toLocalDate());
        double items = (hasQuantity ? quantity : lines) / f;
        double n = f;
        return new CustomerSummary(id, recency, f, monetary, CustomerSummary.averageOrderValue(monetary, f), tenure, first.time, last.time, products.size(),
                items, mainCountry(),
                hourBands[0] / n, hourBands[1] / n, hourBands[2] / n, hourBands[3] / n,
                weekdays[0] / n, weekdays[1] / n, weekdays[2] / n, weekdays[3] / n, weekdays[4] / n, weekdays[5] / n,
                weekdays[6] / n, seasons[0] / n, seasons[1] / n, seasons[2] / n, seasons[3] / n);
    }
}
