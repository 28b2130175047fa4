package org.clientele.core.eda;

import org.clientele.core.transactions.LineItem;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Feeds each clean line item to every tally in one pass. An order is counted where its invoice is first
 * seen; the orders seen (with where each was counted) are the only state that grows with orders rather than
 * customers or days.
 * <p>
 * Accumulators of consecutive stretches of a log {@link #merge merge} into the accumulator of the whole:
 * a scale-out engine fills one per partition and combines them in file order.
 */
public final class EdaAccumulator implements Consumer<LineItem>, Serializable {

    private static final long serialVersionUID = 1L;

    /** The line that counted an order: where its order count went, to take it back when merging. */
    private record OrderStart(String customer, LocalDateTime time, String country) implements Serializable {
    }

    final SalesTimeline timeline = new SalesTimeline();
    final CountryTally countries = new CountryTally();
    final ProductTally products;
    final CustomerActivity activity = new CustomerActivity();
    private final Map<String, OrderStart> orders = new HashMap<>();
    /** One instance per country name, so that remembering an order's country costs a reference. */
    private final Map<String, String> countryNames = new HashMap<>();
    double revenue;
    double items;
    long lines;

    public EdaAccumulator(CategoryRules rules) {
        this.products = new ProductTally(rules);
    }

    @Override
    public void accept(LineItem li) {
        String order = li.invoice() != null ? li.invoice() : li.customerId() + '\u0000' + li.time();
        boolean newOrder = !orders.containsKey(order);
        if (newOrder) {
            String country = li.country() == null ? null : countryNames.computeIfAbsent(li.country(), c -> c);
            orders.put(order, new OrderStart(li.customerId(), li.time(), country));
        }
        double units = Double.isNaN(li.quantity()) ? 1 : li.quantity();
        revenue += li.amount();
        items += units;
        lines++;
        timeline.add(li.customerId(), li.time(), li.amount(), units, newOrder);
        countries.add(li.country(), li.customerId(), li.amount(), newOrder);
        products.add(li.customerId(), li.invoice(), li.product(), li.description(), units, li.amount());
        activity.add(li.customerId(), li.time(), li.amount(), newOrder);
    }

    /**
     * Adds the rows of {@code later}, which come after this accumulator's rows in the log (it is used up):
     * afterwards this is what one pass over both stretches in order would have accumulated. An order both saw
     * counts where this one first saw it; a product's order running across the boundary counts once.
     */
    public EdaAccumulator merge(EdaAccumulator later) {
        later.orders.forEach((order, start) -> {
            if (orders.containsKey(order)) {
                later.timeline.uncountOrder(start.time());
                later.countries.uncountOrder(start.country());
                later.activity.uncountOrder(start.customer(), start.time());
            } else {
                String country = start.country() == null ? null
                        : countryNames.computeIfAbsent(start.country(), c -> c);
                orders.put(order, new OrderStart(start.customer(), start.time(), country));
            }
        });
        timeline.merge(later.timeline);
        countries.merge(later.countries);
        products.merge(later.products);
        activity.merge(later.activity);
        revenue += later.revenue;
        items += later.items;
        lines += later.lines;
        return this;
    }

    /** Line items accumulated. */
    public long lines() {
        return lines;
    }

    long orderCount() {
        return orders.size();
    }
}
