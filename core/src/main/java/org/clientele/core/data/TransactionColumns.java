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

    /** True when amounts can be computed: an amount column, or quantity and price. */
    public boolean hasValue() {
        return amount != null || (quantity != null && price != null);
    }
}
