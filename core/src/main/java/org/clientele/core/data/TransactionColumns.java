package org.clientele.core.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Names of the columns of a transaction log by role; any may be null (unknown, or absent). Used both
 * for user overrides (null = detect) and for the resolved result.
 */
public record TransactionColumns(String customer, String date, String amount, String quantity, String price,
                                 String invoice, String product, String description, String country) {

    public static final TransactionColumns NONE =
            new TransactionColumns(null, null, null, null, null, null, null, null, null);

    /** Each role with its column name (null when unset), in a fixed order; the option names match the CLI. */
    public List<String[]> named() {
        List<String[]> out = new ArrayList<>();
        out.add(new String[]{"customer", customer});
        out.add(new String[]{"date", date});
        out.add(new String[]{"amount", amount});
        out.add(new String[]{"quantity", quantity});
        out.add(new String[]{"price", price});
        out.add(new String[]{"invoice", invoice});
        out.add(new String[]{"product", product});
        out.add(new String[]{"description", description});
        out.add(new String[]{"country", country});
        return out;
    }

    /** The roles a transaction log's columns can have, in {@link #named()} order. */
    public static final List<ColumnRole> ROLES = List.of(ColumnRole.CUSTOMER, ColumnRole.DATE, ColumnRole.AMOUNT,
            ColumnRole.QUANTITY, ColumnRole.PRICE, ColumnRole.INVOICE, ColumnRole.PRODUCT, ColumnRole.DESCRIPTION,
            ColumnRole.COUNTRY);

    /** A builder with every role unset: name columns by role instead of nine positional strings. */
    public static Builder builder() {
        return new Builder();
    }

    /** Sets columns by role; unset roles stay null. */
    public static final class Builder {
        private final java.util.EnumMap<ColumnRole, String> columns = new java.util.EnumMap<>(ColumnRole.class);

        private Builder() {
        }

        /** The column of {@code role} (one of {@link #ROLES}); null leaves it unset. */
        public Builder role(ColumnRole role, String column) {
            if (!ROLES.contains(role)) {
                throw new IllegalArgumentException(role + " is not a transaction-log role");
            }
            columns.put(role, column);
            return this;
        }

        public Builder customer(String column) {
            return role(ColumnRole.CUSTOMER, column);
        }

        public Builder date(String column) {
            return role(ColumnRole.DATE, column);
        }

        public Builder amount(String column) {
            return role(ColumnRole.AMOUNT, column);
        }

        public Builder quantity(String column) {
            return role(ColumnRole.QUANTITY, column);
        }

        public Builder price(String column) {
            return role(ColumnRole.PRICE, column);
        }

        public Builder invoice(String column) {
            return role(ColumnRole.INVOICE, column);
        }

        public Builder product(String column) {
            return role(ColumnRole.PRODUCT, column);
        }

        public Builder description(String column) {
            return role(ColumnRole.DESCRIPTION, column);
        }

        public Builder country(String column) {
            return role(ColumnRole.COUNTRY, column);
        }

        public TransactionColumns build() {
            return new TransactionColumns(columns.get(ColumnRole.CUSTOMER), columns.get(ColumnRole.DATE),
                    columns.get(ColumnRole.AMOUNT), columns.get(ColumnRole.QUANTITY), columns.get(ColumnRole.PRICE),
                    columns.get(ColumnRole.INVOICE), columns.get(ColumnRole.PRODUCT),
                    columns.get(ColumnRole.DESCRIPTION), columns.get(ColumnRole.COUNTRY));
        }
    }

    /** True when amounts can be computed: an amount column, or quantity and price. */
    public boolean hasValue() {
        return amount != null || (quantity != null && price != null);
    }
}
