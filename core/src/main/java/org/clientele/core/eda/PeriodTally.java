package org.clientele.core.eda;

import java.util.HashSet;
import java.util.Set;

/** Running totals of one period; memory is its distinct customers. */
final class PeriodTally {

    double revenue;
    double items;
    long orders;
    final Set<String> customers = new HashSet<>();

    void add(String customer, double amount, double items, boolean newOrder) {
        revenue += amount;
        this.items += items;
        if (newOrder) {
            orders++;
        }
        customers.add(customer);
    }
}
