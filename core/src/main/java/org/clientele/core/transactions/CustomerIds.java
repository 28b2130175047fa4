package org.clientele.core.transactions;

import org.clientele.core.data.MissingValues;
import org.clientele.core.data.Numbers;

/** How a raw customer cell becomes a customer id, shared by every engine that reads a transaction log. */
public final class CustomerIds {

    private CustomerIds() {
    }

    /**
     * The id of a raw cell, or null when it is missing; surrounding blanks are removed and float-looking ids
     * ({@code 17850.0}, or {@code 17850,0} from a European spreadsheet) become {@code 17850}, so both exports of a dataset agree.
     */
    public static String normalize(String raw) {
        String s = present(raw);
        if (s == null) {
            return null;
        }
        return s.length() > 2 && s.charAt(s.length() - 1) == '0' && (s.indexOf('.') > 0 || s.indexOf(',') > 0)
                ? Numbers.stripZeroFraction(s) : s;
    }

    /** The cell without surrounding blanks, or null when it is a missing-value token. */
    public static String present(String raw) {
        if (MissingValues.isMissing(raw)) {
            return null;
        }
        char c0 = raw.charAt(0);
        char cn = raw.charAt(raw.length() - 1);
        return c0 <= ' ' || cn <= ' ' ? raw.strip() : raw;
    }
}
