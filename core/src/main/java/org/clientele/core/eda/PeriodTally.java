package org.clientele.core.eda;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/** Running totals of one period; memory is its distinct customers. */
final class PeriodTally implements Serializable {

    private static final long serialVersionUID = 1L;

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

    /** Adds the totals of the same period seen in other rows. */
    void merge(PeriodTally other) {
        revenue += other.revenue;
        items += other.items;
        orders += other.orders;
        customers.addAll(other.customers);
    }
}
