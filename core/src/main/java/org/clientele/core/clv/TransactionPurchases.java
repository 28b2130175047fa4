package org.clientele.core.clv;

import org.clientele.core.data.ReadOptions;
import org.clientele.core.task.Progress;
import org.clientele.core.transactions.CleaningReport;
import org.clientele.core.transactions.CleaningRules;
import org.clientele.core.transactions.LineItem;
import org.clientele.core.transactions.TransactionReader;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a transaction log's cleaned line items into purchases (one per customer and invoice, at the
 * invoice's first time, worth the sum of its lines), which is what BG/NBD counts. Memory grows with
 * invoices, not with rows. Without an invoice column each distinct timestamp is one purchase.
 */
public final class TransactionPurchases {

    /** The purchases and the cleaning report of the pass that made them. */
    public record Result(List<Purchase> purchases, CleaningReport report) {
    }

    private TransactionPurchases() {
    }

    public static Result read(Path file, ReadOptions options, CleaningRules rules, Progress progress) {
        Map<String, Order> orders = new HashMap<>(1 << 14);
        CleaningReport report = TransactionReader.forEachCleanItem(file, options, rules, progress, item -> {
            String key = item.customerId() + '\u0000' + (item.invoice() != null ? item.invoice() : item.time().toString());
            Order order = orders.get(key);
            if (order == null) {
                orders.put(key, new Order(item));
            } else {
                order.add(item);
            }
        });
        List<Purchase> purchases = new ArrayList<>(orders.size());
        for (Order o : orders.values()) {
            purchases.add(new Purchase(o.customerId, o.time, o.amount));
        }
        purchases.sort((a, b) -> {
            int c = a.customerId().compareTo(b.customerId());
            return c != 0 ? c : a.time().compareTo(b.time());
        });
        return new Result(purchases, report);
    }

    private static final class Order {
        final String customerId;
        LocalDateTime time;
        double amount;

        Order(LineItem item) {
            customerId = item.customerId();
            time = item.time();
            amount = item.amount();
        }

        void add(LineItem item) {
            if (item.time().isBefore(time)) {
                time = item.time();
            }
            amount += item.amount();
        }
    }
}
