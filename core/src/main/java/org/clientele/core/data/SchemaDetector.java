package org.clientele.core.data;

import org.clientele.core.Setting;
import org.clientele.core.UserInputException.Reason;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides the kind of a file and the roles of its columns from names and sampled values, applying the
 * user's overrides (a named column that does not exist is an error that lists the columns that do).
 */
final class SchemaDetector {

    /** Fewest rows for which a first column of distinct whole numbers is taken for the customer number. */
    private static final long ROW_ID_MIN_ROWS = 20;

    private SchemaDetector() {
    }

    static Schema detect(Path file, TextFormat format, List<String> columns, List<ColumnSniffer> sniffers,
                         List<String> headerWarnings, ReadOptions opts) {
        List<ColumnSpec> specs = new ArrayList<>();
        for (ColumnSniffer s : sniffers) {
            ColumnSpec spec = s.decide();
            // The user's day/month order replaces the one guessed or read from the values of numeric dates.
            boolean dayMonth = spec.dateLayout() == DateLayout.DMY || spec.dateLayout() == DateLayout.MDY;
            specs.add(opts.dateOrder() != null && dayMonth ? spec.withDateLayout(opts.dateOrder()) : spec);
        }
        TransactionColumns over = opts.overridesOrNone();
        for (String[] role : over.named()) {
            requireColumn(file, columns, role[1], Setting.forRole(role[0]));
        }
        requireColumn(file, columns, opts.idColumn(), Setting.ID_COLUMN);
        TransactionColumns roles = detectRoles(columns, specs, over);
        DataKind kind = opts.kind();
        if (kind == null) {
            kind = looksLikeTransactions(columns, sniffers, roles) || hasAnyOverride(over) ? DataKind.TRANSACTIONS : DataKind.CUSTOMERS;
        }
        if (kind == DataKind.TRANSACTIONS) {
            // Codes such as 536365 / C536379 are labels even when most look like numbers.
            for (String c : new String[]{roles.customer(), roles.invoice(), roles.product()}) {
                int i = columns.indexOf(c);
                if (i >= 0) {
                    ColumnSpec s = specs.get(i);
                    specs.set(i, new ColumnSpec(s.name(), ColumnType.IDENTIFIER, false, null, 1.0));
                }
            }
        }
        String id = null;
        if (kind == DataKind.CUSTOMERS) {
            for (int i = 0; i < columns.size(); i++) {
                if (specs.get(i).type() == ColumnType.INTEGER && !columns.get(i).equals(opts.idColumn())
                        && IntegerCodes.isCode(columns.get(i), sniffers.get(i))) {
                    ColumnSpec s = specs.get(i);
                    specs.set(i, new ColumnSpec(s.name(), ColumnType.CATEGORICAL, false, null, s.conforming()));
                }
            }
            id = opts.idColumn() != null ? opts.idColumn() : detectId(columns, specs, sniffers);
            if (id != null) {
                int i = columns.indexOf(id);
                ColumnSpec s = specs.get(i);
                specs.set(i, new ColumnSpec(s.name(), ColumnType.IDENTIFIER, s.european(), null, s.conforming()));
            }
        }
        return new Schema(file, format, List.copyOf(columns), List.copyOf(specs), kind,
                roles, id, List.copyOf(headerWarnings));
    }

    private static boolean hasAnyOverride(TransactionColumns o) {
        return o.customer() != null || o.date() != null || o.amount() != null || o.quantity() != null || o.price() != null
                || o.invoice() != null;
    }

    static void requireColumn(Path file, List<String> columns, String name, Setting option) {
        if (name != null && !columns.contains(name)) {
            throw new DataFileException(Reason.COLUMN_MISSING, file, 1, null, "has no column '" + name + "', named as "
                    + option.neutral() + " (the columns are " + String.join(", ", columns) + ")",
                    "Choose one of the file's columns", option);
        }
    }

    private static TransactionColumns detectRoles(List<String> columns, List<ColumnSpec> specs, TransactionColumns o) {
        List<String> taken = new ArrayList<>();
        for (String[] r : o.named()) {
            if (r[1] != null) {
                taken.add(r[1]);
            }
        }
        String customer = pick(o.customer(), ColumnNames.CUSTOMER, columns, specs, taken, false);
        String date = o.date() != null ? o.date() : byName(ColumnNames.DATE, columns, specs, taken, true);
        if (date == null) {
            for (int i = 0; i < columns.size(); i++) {
                if (specs.get(i).type().isTemporal() && !taken.contains(columns.get(i))) {
                    date = columns.get(i);
                    break;
                }
            }
        }
        taken.add(date);
        // A user-named amount wins over detected quantity and price.
        boolean amountNamed = o.amount() != null && (o.quantity() == null || o.price() == null);
        String quantity = amountNamed ? o.quantity() : pick(o.quantity(), ColumnNames.QUANTITY, columns, specs, taken, true);
        String price = amountNamed ? o.price() : pick(o.price(), ColumnNames.PRICE, columns, specs, taken, true);
        String amount = o.amount();
        if (amount == null && (quantity == null || price == null)) {
            amount = byName(ColumnNames.AMOUNT, columns, specs, taken, true);
        }
        taken.add(amount);
        String invoice = pick(o.invoice(), ColumnNames.INVOICE, columns, specs, taken, false);
        String product = pick(o.product(), ColumnNames.PRODUCT, columns, specs, taken, false);
        String description = pick(o.description(), ColumnNames.DESCRIPTION, columns, specs, taken, false);
        String country = pick(o.country(), ColumnNames.COUNTRY, columns, specs, taken, false);
        return new TransactionColumns(customer, date, amount, quantity, price, invoice, product, description, country);
    }

    private static String pick(String override, Set<String> names, List<String> columns, List<ColumnSpec> specs,
                               List<String> taken, boolean numeric) {
        String c = override != null ? override : byName(names, columns, specs, taken, numeric);
        taken.add(c);
        return c;
    }

    private static String byName(Set<String> names, List<String> columns, List<ColumnSpec> specs, List<String> taken,
                                 boolean wantType) {
        for (int i = 0; i < columns.size(); i++) {
            String c = columns.get(i);
            if (taken.contains(c) || !names.contains(ColumnNames.normalize(c))) {
                continue;
            }
            ColumnType t = specs.get(i).type();
            if (!wantType || t.isNumeric() || t.isTemporal() || t == ColumnType.EMPTY) {
                return c;
            }
        }
        return null;
    }

    private static boolean looksLikeTransactions(List<String> columns, List<ColumnSniffer> sniffers, TransactionColumns r) {
        if (r.customer() == null || r.date() == null || !r.hasValue()) {
            return false;
        }
        ColumnSniffer c = sniffers.get(columns.indexOf(r.customer()));
        long distinct = c.distinct();
        // A log repeats its customers; a customer table has one row each.
        return distinct < 0 || distinct < c.present();
    }

    private static String detectId(List<String> columns, List<ColumnSpec> specs, List<ColumnSniffer> sniffers) {
        // A unique column named like a customer wins over other identifiers (a row_id, a row number).
        for (int i = 0; i < columns.size(); i++) {
            ColumnSniffer s = sniffers.get(i);
            if (ColumnNames.CUSTOMER.contains(ColumnNames.normalize(columns.get(i))) && s.distinct() == s.present()
                    && (specs.get(i).type() == ColumnType.IDENTIFIER || specs.get(i).type().isNumeric())) {
                return columns.get(i);
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            if (specs.get(i).type() == ColumnType.IDENTIFIER && ColumnNames.isIdName(columns.get(i))) {
                return columns.get(i);
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            if (specs.get(i).type() == ColumnType.IDENTIFIER) {
                return columns.get(i);
            }
        }
        // A unique column named like a customer (e.g. "customer") is the id even when numeric.
        for (int i = 0; i < columns.size(); i++) {
            ColumnSniffer s = sniffers.get(i);
            if (ColumnNames.CUSTOMER.contains(ColumnNames.normalize(columns.get(i))) && s.distinct() == s.present()) {
                return columns.get(i);
            }
        }
        // Exports put the customer number first under names no list can hold (Kundennummer, N° client): a first
        // column of distinct whole numbers in every row is that number, not a measure to segment on.
        if (!columns.isEmpty() && specs.get(0).type().isNumeric() && sniffers.get(0).present() >= ROW_ID_MIN_ROWS
                && sniffers.get(0).distinctWholeNumbersInEveryRow()) {
            return columns.get(0);
        }
        return null;
    }
}
