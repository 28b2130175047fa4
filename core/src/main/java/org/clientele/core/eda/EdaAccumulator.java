package org.clientele.core.eda;

import org.clientele.core.transactions.LineItem;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Feeds each clean line item to every tally in one pass. An order is counted where its invoice is first
 * seen; the set of invoices seen is the only state that grows with orders rather than customers or days.
 */
final class EdaAccumulator implements Consumer<LineItem> {

    final SalesTimeline timeline = new SalesTimeline();
    final CountryTally countries = new CountryTally();
    final ProductTally products;
    final CustomerActivity activity = new CustomerActivity();
    private final Set<String> orders = new HashSet<>();
    private final Set<String> days = new HashSet<>();
    double revenue;
    double items;
    long lines;

    EdaAccumulator(CategoryRules rules) {
        this.products = new ProductTally(rules);
    }

    @Override
    public void accept(LineItem li) {
        String order = li.invoice() != null ? li.invoice() : li.customerId() + '\u0000' + li.time();
        boolean newOrder = orders.add(order);
        double units = Double.isNaN(li.quantity()) ? 1 : li.quantity();
        revenue += li.amount();
        items += units;
        lines++;
        timeline.add(li.customerId(), li.time(), li.amount(), units, newOrder);
        countries.add(li.country(), li.customerId(), li.amount(), newOrder);
        products.add(li.customerId(), li.invoice(), li.product(), li.description(), units, li.amount());
        activity.add(li.customerId(), li.time(), li.amount(), newOrder);
    }

    long orderCount() {
        return orders.size();
    }
}
