package org.clientele.core.data;

import java.nio.file.Path;
import java.util.List;

/**
 * What was learned about a file before reading all of it: its format, columns and their types, the
 * kind of data, the transaction roles (detected even for a customer table, where they are only a
 * hint) and the id column (for a customer table).
 */
public record Schema(Path file, TextFormat format, List<String> columns, List<ColumnSpec> specs, DataKind kind,
                     TransactionColumns roles, String idColumn, List<String> warnings) {

    /** Index of a column, or -1. */
    public int indexOf(String column) {
        return column == null ? -1 : columns.indexOf(column);
    }

    public ColumnSpec spec(String column) {
        int i = indexOf(column);
        return i < 0 ? null : specs.get(i);
    }

    /** The role of a column in this file. */
    public ColumnRole roleOf(String column) {
        if (kind == DataKind.TRANSACTIONS && roles != null) {
            if (column.equals(roles.customer())) return ColumnRole.CUSTOMER;
            if (column.equals(roles.date())) return ColumnRole.DATE;
            if (column.equals(roles.amount())) return ColumnRole.AMOUNT;
            if (column.equals(roles.quantity())) return ColumnRole.QUANTITY;
            if (column.equals(roles.price())) return ColumnRole.PRICE;
            if (column.equals(roles.invoice())) return ColumnRole.INVOICE;
            if (column.equals(roles.product())) return ColumnRole.PRODUCT;
            if (column.equals(roles.description())) return ColumnRole.DESCRIPTION;
            if (column.equals(roles.country())) return ColumnRole.COUNTRY;
            return ColumnRole.OTHER;
        }
        if (column.equals(idColumn)) {
            return ColumnRole.ID;
        }
        ColumnSpec s = spec(column);
        return s != null && s.type().isNumeric() ? ColumnRole.FEATURE : ColumnRole.ATTRIBUTE;
    }
}
