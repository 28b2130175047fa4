package org.clientele.core.transactions;

import org.clientele.core.data.ReadOptions;
import org.clientele.core.task.Progress;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns a transaction log into one row per customer in a single streaming pass; memory grows with the
 * number of customers (and their distinct invoices and products), not with rows.
 */
public final class CustomerTableBuilder {

    private final ReadOptions options;
    private final CleaningRules rules;
    private final LocalDate asOf;

    /** @param asOf date recency is counted to, or null for the day after the last kept purchase */
    public CustomerTableBuilder(ReadOptions options, CleaningRules rules, LocalDate asOf) {
        this.options = options == null ? ReadOptions.DEFAULT : options;
        this.rules = rules == null ? CleaningRules.DEFAULT : rules;
        this.asOf = asOf;
    }

    public CustomerTableBuilder() {
        this(ReadOptions.DEFAULT, CleaningRules.DEFAULT, null);
    }

    public CustomerTable build(Path file, Progress progress) {
        return build(file, progress, null);
    }

    /**
     * Builds the table and hands every kept row to {@code alsoTo} in the same pass, so an analysis that
     * needs both the rows and the customer table reads the file once.
     *
     * @param alsoTo receives each kept row in file order, or null
     */
    public CustomerTable build(Path file, Progress progress, Consumer<LineItem> alsoTo) {
        HashMap<String, CustomerAccumulator> customers = new HashMap<>(1 << 13);
        boolean[] hasQuantity = {false};
        boolean[] productFromDescription = {false};
        CleaningReport report = TransactionScan.run(file, options, rules, progress, (customer, invoice, time, quantity,
                                                                                   price, amount, product, description, country) -> {
            CustomerAccumulator acc = customers.get(customer);
            if (acc == null) {
                acc = new CustomerAccumulator(customer);
                customers.put(customer, acc);
            }
            if (!Double.isNaN(quantity)) {
                hasQuantity[0] = true;
            }
            String item = product;
            if (item == null && description != null) {
                item = description;
                productFromDescription[0] = true;
            }
            acc.add(invoice, time, quantity, amount, item, country);
            if (alsoTo != null) {
                alsoTo.accept(new LineItem(customer, invoice, time.time, quantity, price, amount, product, description,
                        country));
            }
        }, alsoTo != null);
        LocalDate date = asOf != null ? asOf : report.asOf();
        List<CustomerSummary> rows = new ArrayList<>(customers.size());
        if (date != null) {
            List<String> ids = new ArrayList<>(customers.keySet());
            ids.sort(CustomerTableBuilder::compareIds);
            for (String id : ids) {
                rows.add(customers.get(id).summary(date, hasQuantity[0]));
            }
        }
        return new CustomerTable(rows, report.withCustomersAndAsOf(rows.size(), date));
    }

    /** Numeric ids in numeric order, then the rest alphabetically: stable output for diffs and tests. */
    public static int compareIds(String a, String b) {
        boolean na = isDigits(a);
        boolean nb = isDigits(b);
        if (na && nb) {
            return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        }
        if (na != nb) {
            return na ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
