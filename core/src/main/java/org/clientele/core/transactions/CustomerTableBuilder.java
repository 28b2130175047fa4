package org.clientele.core.transactions;

import org.clientele.core.Setting;
import org.clientele.core.UserInputException.Reason;
import org.clientele.core.data.DataFileException;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.data.Schema;
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
        Customers customers = new Customers(alsoTo);
        CleaningReport report = TransactionScan.run(file, options, rules, progress, customers, alsoTo != null);
        return customers.table(report, file);
    }

    /** The customer table of a pass that the caller drives, handing over every row it reads. */
    public interface RowFeed {
        /** @param rowHash {@link org.clientele.core.data.RowHash} of the row, to find exact duplicates */
        void accept(String[] row, long line, long rowHash);

        CustomerTable finish();
    }

    /**
     * For a caller that reads the file once for several purposes (the workbench profiles it, keeps its rows
     * and builds customers in one pass).
     *
     * @param schema how the caller's reader sees the file, detected with this builder's read options
     */
    public RowFeed feed(Path file, Schema schema) {
        Customers customers = new Customers(null);
        TransactionScan.Feed scan = TransactionScan.feed(file, options, schema, rules, customers);
        return new RowFeed() {
            @Override
            public void accept(String[] row, long line, long rowHash) {
                scan.accept(row, line, rowHash);
            }

            @Override
            public CustomerTable finish() {
                return customers.table(scan.finish(), file);
            }
        };
    }

    /** Customers accumulated from the kept rows of a scan. */
    private final class Customers implements CleanRowSink {
        private final HashMap<String, CustomerAccumulator> byId = new HashMap<>(1 << 13);
        private final Consumer<LineItem> alsoTo;
        private boolean hasQuantity;

        Customers(Consumer<LineItem> alsoTo) {
            this.alsoTo = alsoTo;
        }

        @Override
        public void accept(String customer, String invoice, Stamp time, double quantity, double price, double amount,
                           String product, String description, String country) {
            CustomerAccumulator acc = byId.get(customer);
            if (acc == null) {
                acc = new CustomerAccumulator(customer);
                byId.put(customer, acc);
            }
            if (!Double.isNaN(quantity)) {
                hasQuantity = true;
            }
            acc.add(invoice, time, quantity, amount, product != null ? product : description, country);
            if (alsoTo != null) {
                alsoTo.accept(new LineItem(customer, invoice, time.time, quantity, price, amount, product, description,
                        country));
            }
        }

        CustomerTable table(CleaningReport report, Path file) {
            LocalDate date = asOf != null ? asOf : report.asOf();
            if (asOf != null && report.lastDate() != null && asOf.isBefore(report.lastDate().toLocalDate())) {
                // Recency counts from the last purchase to the as-of date: before it, it would be negative.
                throw new DataFileException(Reason.OPTION_OUT_OF_RANGE, file, 0, null, "the as-of date " + asOf
                        + " is before the last purchase in the file (" + report.lastDate().toLocalDate()
                        + "), so recency would be negative", "Choose an as-of date on or after "
                        + report.lastDate().toLocalDate() + ", or leave it out to count to the day after the last"
                        + " purchase", Setting.AS_OF);
            }
            List<CustomerSummary> rows = new ArrayList<>(byId.size());
            if (date != null) {
                List<String> ids = new ArrayList<>(byId.keySet());
                ids.sort(CustomerTableBuilder::compareIds);
                for (String id : ids) {
                    rows.add(byId.get(id).summary(date, hasQuantity));
                }
            }
            return new CustomerTable(rows, report.withCustomersAndAsOf(rows.size(), date));
        }
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
