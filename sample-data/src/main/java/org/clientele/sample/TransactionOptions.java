package org.clientele.sample;

import java.time.LocalDate;

/**
 * What {@link TransactionLogGenerator} makes.
 *
 * @param rows                  line items to write (exactly)
 * @param customers             distinct customer ids to draw from
 * @param seed                  the seed; the same options give the same bytes
 * @param start                 first trading day (inclusive)
 * @param end                   last trading day (inclusive)
 * @param products              size of the product catalogue
 * @param missingCustomerShare  share of invoices with no customer id (guest check-outs)
 * @param cancellationShare     share of invoices that are cancellations ({@code C} invoices, negative quantity)
 * @param saturdays             whether the shop trades on Saturdays (the real one did not)
 */
public record TransactionOptions(long rows, int customers, long seed, LocalDate start, LocalDate end,
                                 int products, double missingCustomerShare, double cancellationShare,
                                 boolean saturdays) {

    public static final LocalDate DEFAULT_START = LocalDate.of(2010, 12, 1);
    public static final LocalDate DEFAULT_END = LocalDate.of(2011, 12, 9);
    public static final int DEFAULT_PRODUCTS = 4_000;
    public static final double DEFAULT_MISSING_CUSTOMER_SHARE = 0.08;
    public static final double DEFAULT_CANCELLATION_SHARE = 0.03;

    public TransactionOptions {
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be at least 1, got " + rows);
        }
        if (customers < 1) {
            throw new IllegalArgumentException("customers must be at least 1, got " + customers);
        }
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("need start <= end, got " + start + " .. " + end);
        }
        if (products < 10 || products > 1_000_000) {
            throw new IllegalArgumentException("products must be 10..1000000, got " + products);
        }
        checkShare("missing customer share", missingCustomerShare);
        checkShare("cancellation share", cancellationShare);
    }

    /** Defaults: one customer per 90 rows, the Online Retail period, 4,000 products. */
    public static TransactionOptions of(long rows, long seed) {
        return builder(rows, seed).build();
    }

    /** A builder starting from {@link #of}'s defaults. */
    public static Builder builder(long rows, long seed) {
        return new Builder(rows, seed);
    }

    public static int defaultCustomers(long rows) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE - 8, rows / 90));
    }

    public TransactionOptions withCustomers(int value) {
        return toBuilder().customers(value).build();
    }

    public TransactionOptions withPeriod(LocalDate from, LocalDate to) {
        return toBuilder().start(from).end(to).build();
    }

    public Builder toBuilder() {
        return new Builder(rows, seed).customers(customers).start(start).end(end).products(products)
                .missingCustomerShare(missingCustomerShare).cancellationShare(cancellationShare).saturdays(saturdays);
    }

    /** Named settings instead of nine positional arguments; {@link #build()} checks them. */
    public static final class Builder {
        private final long rows;
        private final long seed;
        private int customers;
        private LocalDate start = DEFAULT_START;
        private LocalDate end = DEFAULT_END;
        private int products = DEFAULT_PRODUCTS;
        private double missingCustomerShare = DEFAULT_MISSING_CUSTOMER_SHARE;
        private double cancellationShare = DEFAULT_CANCELLATION_SHARE;
        private boolean saturdays;

        private Builder(long rows, long seed) {
            this.rows = rows;
            this.seed = seed;
            this.customers = defaultCustomers(rows);
        }

        public Builder customers(int v) {
            customers = v;
            return this;
        }

        public Builder start(LocalDate v) {
            start = v;
            return this;
        }

        public Builder end(LocalDate v) {
            end = v;
            return this;
        }

        public Builder products(int v) {
            products = v;
            return this;
        }

        public Builder missingCustomerShare(double v) {
            missingCustomerShare = v;
            return this;
        }

        public Builder cancellationShare(double v) {
            cancellationShare = v;
            return this;
        }

        public Builder saturdays(boolean v) {
            saturdays = v;
            return this;
        }

        public TransactionOptions build() {
            return new TransactionOptions(rows, customers, seed, start, end, products, missingCustomerShare,
                    cancellationShare, saturdays);
        }
    }

    private static void checkShare(String name, double share) {
        if (!(share >= 0 && share < 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1), got " + share);
        }
    }
}
