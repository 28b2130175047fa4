package org.clientele.core.analysis;

import org.clientele.core.data.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Columns with a value for fewer than half the customers. Left to the default features, their missing values
 * would all take the median and the segments would split the few customers who have a value from those who
 * do not; so they are features only when named.
 */
final class MostlyMissingColumns {

    private MostlyMissingColumns() {
    }

    /** Share of rows without a value (0 for an unknown column). */
    static double missingShare(Table table, String name) {
        int c = table.columnIndex(name);
        int rows = table.rowCount();
        if (c < 0 || rows == 0) {
            return 0;
        }
        int missing = 0;
        boolean numeric = table.type(c).isNumeric();
        for (int r = 0; r < rows; r++) {
            if (numeric ? Double.isNaN(table.number(r, c)) : table.text(r, c) == null) {
                missing++;
            }
        }
        return missing / (double) rows;
    }

    static boolean isMostlyMissing(Table table, String name) {
        return missingShare(table, name) > 0.5;
    }

    /** A note for each of {@code names} that is mostly missing, saying it was left out and how to use it. */
    static List<String> notes(Table table, List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            double share = missingShare(table, n);
            if (share > 0.5) {
                out.add(String.format(Locale.ROOT, "column '%s' left out of the features: %.0f%% of customers have"
                        + " no value, so its segments would only separate those who do (choose it as a feature to"
                        + " use it anyway)", n, 100 * share));
            }
        }
        return out;
    }
}
