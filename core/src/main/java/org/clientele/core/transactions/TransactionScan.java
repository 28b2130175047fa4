package org.clientele.core.transactions;

import org.clientele.core.data.ColumnSpec;
import org.clientele.core.Setting;
import org.clientele.core.UserInputException.Reason;
import org.clientele.core.data.DataFileException;
import org.clientele.core.data.DataKind;
import org.clientele.core.data.DataSource;
import org.clientele.core.data.DateLayout;
import org.clientele.core.data.DateOrderScan;
import org.clientele.core.data.DateParser;
import org.clientele.core.data.MissingValues;
import org.clientele.core.data.Numbers;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.data.Schema;
import org.clientele.core.data.TransactionColumns;
import org.clientele.core.task.Progress;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One streaming pass over a transaction log: parse the role columns, apply the cleaning rules in order,
 * count duplicates, and hand each kept row to a sink. Memory does not grow with rows: timestamps are
 * cached (bounded), and duplicate detection keeps row hashes only for the most recent invoices
 * (exact rows share their invoice, and logs write an invoice's lines together).
 */
final class TransactionScan {

    private static final int RECENT_GROUPS = 256;
    /**
     * Rows sniffed for column types and roles. Fewer than for profiling: this pass is timed against
     * pandas, and an undecided day/month order is settled by {@link DateOrderScan} anyway.
     */
    static final int SAMPLE_ROWS = 5_000;
    private static final int CHECK_EVERY = 1 << 16;

    private TransactionScan() {
    }

    /** @param needDescription false when the sink ignores descriptions (unless they stand in for products) */
    static CleaningReport run(Path file, ReadOptions opts, CleaningRules rules, Progress progress, CleanRowSink sink,
                              boolean needDescription) {
        ReadOptions o = opts == null ? ReadOptions.DEFAULT : opts;
        try (DataSource src = DataSource.open(file, o, SAMPLE_ROWS, true)) {
            Schema schema = src.schema();
            TransactionColumns roles = schema.roles();
            requireRoles(file, schema, roles);
            Pass pass = new Pass(file, schema, o.overridesOrNone(), rules, progress, sink);
            src.keepOnly(pass.usedColumns(needDescription || roles.product() == null));
            return pass.run(src);
        }
    }

    /** A scan fed row by row by a caller that reads the file itself (and does other work with each row). */
    interface Feed {
        void accept(String[] row, long line, long rowHash);

        /** @throws DataFileException when cleaning left no purchase */
        CleaningReport finish();
    }

    /** @param schema how the caller's reader sees the file (detected with the same options) */
    static Feed feed(Path file, ReadOptions opts, Schema schema, CleaningRules rules, CleanRowSink sink) {
        ReadOptions o = opts == null ? ReadOptions.DEFAULT : opts;
        requireRoles(file, schema, schema.roles());
        Pass pass = new Pass(file, schema, o.overridesOrNone(), rules, Progress.NONE, sink);
        return new Feed() {
            @Override
            public void accept(String[] row, long line, long rowHash) {
                pass.rowsRead++;
                pass.row(row, line, rowHash);
            }

            @Override
            public CleaningReport finish() {
                return pass.report();
            }
        };
    }

    private static void requireRoles(Path file, Schema s, TransactionColumns r) {
        String cols = " (the columns are " + String.join(", ", s.columns()) + ")";
        if (s.kind() == DataKind.CUSTOMERS && (r.customer() == null || r.date() == null || !r.hasValue())) {
            throw new DataFileException(Reason.WRONG_KIND, file, 0, null,
                    "looks like a customer table (one row per customer), not a transaction log" + cols,
                    "Use it as a customer table, or choose the log's customer, date and amount (or quantity and price) columns",
                    Setting.CUSTOMER_COLUMN, Setting.DATE_COLUMN, Setting.AMOUNT_COLUMN, Setting.QUANTITY_COLUMN,
                    Setting.PRICE_COLUMN);
        }
        if (r.customer() == null) {
            throw new DataFileException(Reason.ROLE_NOT_FOUND, file, 1, null, "no customer column found" + cols,
                    "Choose the customer column", Setting.CUSTOMER_COLUMN);
        }
        if (r.date() == null) {
            throw new DataFileException(Reason.ROLE_NOT_FOUND, file, 1, null, "no date column found" + cols,
                    "Choose the date column", Setting.DATE_COLUMN);
        }
        if (!r.hasValue()) {
            throw new DataFileException(Reason.ROLE_NOT_FOUND, file, 1, null,
                    "no amount column, or quantity and price columns, found" + cols,
                    "Choose the amount column, or the quantity and unit-price columns",
                    Setting.AMOUNT_COLUMN, Setting.QUANTITY_COLUMN, Setting.PRICE_COLUMN);
        }
    }

    /** The state of one pass. */
    private static final class Pass {
        private final Path file;
        private final Schema schema;
        private final TransactionColumns named;
        private final CleaningRules rules;
        private final Progress progress;
        private final CleanRowSink sink;
        private final int iCustomer, iDate, iAmount, iQuantity, iPrice, iInvoice, iProduct, iDescription, iCountry;
        private final ColumnSpec amountSpec, quantitySpec, priceSpec;
        private final DateParser dates;
        private final HashMap<String, Stamp> stamps = new HashMap<>(1 << 14);
        private final LinkedHashMap<String, LongHashSet> recentGroups = new LinkedHashMap<>(512, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, LongHashSet> e) {
                return size() > RECENT_GROUPS;
            }
        };
        private String lastGroup;
        private String lastRawCustomer;
        private String lastCustomer;
        private String lastRawDate;
        private Stamp lastStamp;
        private LongHashSet lastGroupRows;
        private long rowsRead, kept, duplicates;
        private long missingCustomer, missingDate, cancelled, nonPositiveQuantity, nonPositivePrice, nonPositiveAmount, droppedDuplicates;
        /** Rows dated after today: a typo (2999 for 2019) would otherwise move "as of" and every recency. */
        private long futureDate;
        private final long lastValidDay = LocalDate.now().toEpochDay();
        /** Rows dated before 1900: placeholders such as 0001-01-01 rather than purchases. */
        private long earlyDate;
        private static final long FIRST_VALID_DAY = LocalDate.of(1900, 1, 1).toEpochDay();
        private double revenue, revenueCompensation;
        private Stamp first, last;
        private final List<String> warnings = new ArrayList<>();

        Pass(Path file, Schema schema, TransactionColumns named, CleaningRules rules, Progress progress, CleanRowSink sink) {
            this.file = file;
            this.schema = schema;
            this.named = named;
            this.rules = rules == null ? CleaningRules.DEFAULT : rules;
            this.progress = progress == null ? Progress.NONE : progress;
            this.sink = sink;
            TransactionColumns r = schema.roles();
            iCustomer = schema.indexOf(r.customer());
            iDate = schema.indexOf(r.date());
            boolean qp = r.quantity() != null && r.price() != null;
            iAmount = qp ? -1 : schema.indexOf(r.amount());
            iQuantity = qp ? schema.indexOf(r.quantity()) : -1;
            iPrice = qp ? schema.indexOf(r.price()) : -1;
            iInvoice = schema.indexOf(r.invoice());
            iProduct = schema.indexOf(r.product());
            iDescription = schema.indexOf(r.description());
            iCountry = schema.indexOf(r.country());
            amountSpec = iAmount < 0 ? null : schema.specs().get(iAmount);
            quantitySpec = iQuantity < 0 ? null : schema.specs().get(iQuantity);
            priceSpec = iPrice < 0 ? null : schema.specs().get(iPrice);
            DateLayout layout = schema.specs().get(iDate).dateLayout();
            if (layout == null) {
                throw new DataFileException(Reason.COLUMN_WRONG_TYPE, file, 1, r.date(),
                        "does not hold dates (it looks " + schema.specs().get(iDate).type().label() + ")",
                        "Choose the column that holds purchase dates", Setting.DATE_COLUMN);
            }
            if (schema.specs().get(iDate).dateOrderGuessed()) {
                DateLayout decided = DateOrderScan.decide(file, schema.format(), iDate, null);
                if (decided == null) {
                    warnings.add(DateOrderScan.undecidedWarning(r.date(), layout));
                } else {
                    layout = decided;
                }
            }
            dates = new DateParser(layout);
        }

        boolean[] usedColumns(boolean description) {
            boolean[] used = new boolean[schema.columns().size()];
            for (int i : new int[]{iCustomer, iDate, iAmount, iQuantity, iPrice, iInvoice, iProduct, iCountry,
                    description ? iDescription : -1}) {
                if (i >= 0) {
                    used[i] = true;
                }
            }
            return used;
        }

        CleaningReport run(DataSource src) {
            String[] row;
            while ((row = src.next()) != null) {
                rowsRead++;
                if ((rowsRead & (CHECK_EVERY - 1)) == 0) {
                    progress.checkCancelled();
                    progress.update(src.fractionRead(), "Read " + rowsRead + " rows");
                }
                row(row, src.line(), src.rowHash());
            }
            return report();
        }

        CleaningReport report() {
            Map<CleaningRule, Long> removed = new EnumMap<>(CleaningRule.class);
            removed.put(CleaningRule.MISSING_CUSTOMER, missingCustomer);
            removed.put(CleaningRule.MISSING_DATE, missingDate);
            removed.put(CleaningRule.FUTURE_DATE, futureDate);
            removed.put(CleaningRule.EARLY_DATE, earlyDate);
            removed.put(CleaningRule.CANCELLED, cancelled);
            if (iAmount < 0) {
                removed.put(CleaningRule.NON_POSITIVE_QUANTITY, nonPositiveQuantity);
                removed.put(CleaningRule.NON_POSITIVE_PRICE, nonPositivePrice);
            } else {
                removed.put(CleaningRule.NON_POSITIVE_AMOUNT, nonPositiveAmount);
            }
            removed.put(CleaningRule.DUPLICATES, droppedDuplicates);
            if (kept == 0 && rowsRead > 0) {
                throw nothingLeft(removed);
            }
            LocalDate asOf = last == null ? null : last.time.toLocalDate().plusDays(1);
            return new CleaningReport(rowsRead, kept, 0, Math.round(revenue * 100) / 100.0, CleaningReport.byContractName(removed), duplicates, asOf,
                    first == null ? null : first.time, last == null ? null : last.time, schema.roles(), warnings);
        }

        private void row(String[] row, long line, long rowHash) {
            boolean duplicate = isDuplicate(row, rowHash);
            if (duplicate) {
                duplicates++;
            }
            // Consecutive lines usually share customer and timestamp: skip the normalising and hashing.
            String rawCustomer = row[iCustomer];
            String customer;
            if (rawCustomer.equals(lastRawCustomer)) {
                customer = lastCustomer;
            } else {
                customer = customerId(rawCustomer);
                lastRawCustomer = rawCustomer;
                lastCustomer = customer;
            }
            if (customer == null && rules.dropMissingCustomer()) {
                missingCustomer++;
                return;
            }
            String rawDate = row[iDate];
            if (MissingValues.isMissing(rawDate)) {
                missingDate++;
                return;
            }
            Stamp stamp;
            if (rawDate.equals(lastRawDate)) {
                stamp = lastStamp;
            } else {
                stamp = stamps.get(rawDate);
                if (stamp == null) {
                    stamp = parseStamp(rawDate, line);
                }
                lastRawDate = rawDate;
                lastStamp = stamp;
            }
            if (stamp.epochDay > lastValidDay) {
                futureDate++;
                return;
            }
            if (stamp.epochDay < FIRST_VALID_DAY) {
                earlyDate++;
                return;
            }
            String invoice = iInvoice < 0 ? null : present(row[iInvoice]);
            if (rules.dropCancelled() && invoice != null && (invoice.charAt(0) == 'C' || invoice.charAt(0) == 'c')) {
                cancelled++;
                return;
            }
            double quantity = Double.NaN;
            double price = Double.NaN;
            double amount;
            if (iAmount < 0) {
                quantity = number(row[iQuantity], quantitySpec, iQuantity, named.quantity() != null, Setting.QUANTITY_COLUMN, line);
                if (rules.dropNonPositiveQuantity() && !(quantity > 0)) {
                    nonPositiveQuantity++;
                    return;
                }
                price = number(row[iPrice], priceSpec, iPrice, named.price() != null, Setting.PRICE_COLUMN, line);
                if (rules.dropNonPositivePrice() && !(price > 0)) {
                    nonPositivePrice++;
                    return;
                }
                amount = quantity * price;
            } else {
                amount = number(row[iAmount], amountSpec, iAmount, named.amount() != null, Setting.AMOUNT_COLUMN, line);
                if (rules.dropNonPositivePrice() && !(amount > 0)) {
                    nonPositiveAmount++;
                    return;
                }
            }
            if (duplicate && rules.dropDuplicates()) {
                droppedDuplicates++;
                return;
            }
            if (customer == null || Double.isNaN(amount)) {
                // Rules switched off let such rows through, but they cannot be attributed or summed.
                return;
            }
            kept++;
            double y = amount - revenueCompensation; // Kahan summation: the total must be right to the cent
            double t = revenue + y;
            revenueCompensation = (t - revenue) - y;
            revenue = t;
            if (first == null || stamp.epochSecond < first.epochSecond) {
                first = stamp;
            }
            if (last == null || stamp.epochSecond > last.epochSecond) {
                last = stamp;
            }
            sink.accept(customer, invoice, stamp, quantity, price, amount,
                    iProduct < 0 ? null : present(row[iProduct]),
                    iDescription < 0 ? null : present(row[iDescription]),
                    iCountry < 0 ? null : present(row[iCountry]));
        }

        private DataFileException nothingLeft(Map<CleaningRule, Long> removed) {
            StringBuilder why = new StringBuilder();
            removed.forEach((rule, n) -> {
                if (n > 0) {
                    why.append(why.length() == 0 ? "" : ", ").append(rule.contractName()).append(' ').append(String.format("%,d", n));
                }
            });
            return new DataFileException(Reason.NO_DATA, file, 0, null, String.format("no purchase is left after cleaning "
                    + "(%,d rows read%s)", rowsRead, why.length() == 0 ? "" : "; removed: " + why),
                    "Check that this is the purchase log you meant, or switch off the cleaning rule that removed the rows",
                    Setting.CLEANING_RULES);
        }

        private Stamp parseStamp(String raw, long line) {
            LocalDateTime t = dates.parse(raw);
            if (t == null) {
                throw new DataFileException(Reason.BAD_VALUE, file, line, schema.roles().date(),
                        "\"" + raw.strip() + "\" is not a date like the others in this column",
                        "Fix the value" + (named.date() != null ? ", or choose another date column" : ", or choose the date column"),
                        Setting.DATE_COLUMN);
            }
            Stamp s = new Stamp(t);
            if (stamps.size() >= 200_000) {
                stamps.clear();
            }
            stamps.put(raw, s);
            return s;
        }

        private double number(String raw, ColumnSpec spec, int col, boolean userNamed, Setting option, long line) {
            if (MissingValues.isMissing(raw)) {
                return Double.NaN;
            }
            double v = Numbers.parse(raw, spec.european());
            if (Double.isNaN(v)) {
                throw new DataFileException(Reason.BAD_VALUE, file, line, schema.columns().get(col),
                        "\"" + raw.strip() + "\" is not a number",
                        userNamed ? "Fix the value, or choose another column" : "Fix the value, or choose the right column", option);
            }
            return v;
        }

        private boolean isDuplicate(String[] row, long h) {
            String group = iInvoice >= 0 ? row[iInvoice] : row[iCustomer] + '\u0000' + row[iDate];
            LongHashSet set;
            if (group.equals(lastGroup)) {
                set = lastGroupRows;
            } else {
                set = recentGroups.get(group);
                if (set == null) {
                    set = new LongHashSet(32);
                    recentGroups.put(group, set);
                }
                lastGroup = group;
                lastGroupRows = set;
            }
            return !set.add(h);
        }

        private static String present(String raw) {
            return CustomerIds.present(raw);
        }

        /** Float-looking ids ({@code 17850.0}) become {@code 17850}, so both exports of a dataset agree. */
        static String customerId(String raw) {
            return CustomerIds.normalize(raw);
        }
    }
}
