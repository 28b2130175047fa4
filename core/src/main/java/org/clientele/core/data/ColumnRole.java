package org.clientele.core.data;

import java.util.Locale;

/** What a column is used for: in a customer table the id and features, in a transaction log its parts. */
public enum ColumnRole {
    ID, FEATURE, ATTRIBUTE, CUSTOMER, DATE, AMOUNT, QUANTITY, PRICE, INVOICE, PRODUCT, DESCRIPTION, COUNTRY, OTHER;

    @com.fasterxml.jackson.annotation.JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
