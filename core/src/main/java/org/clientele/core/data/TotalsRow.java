package org.clientele.core.data;

import java.util.Locale;
import java.util.Set;

/**
 * Spreadsheets end a customer list with a totals row ("Total", "Grand total", "Summe"): read as a customer it
 * would be one enormous customer that takes half the revenue and a segment of its own.
 */
final class TotalsRow {

    private static final Set<String> LABELS = Set.of("total", "totals", "grand total", "grandtotal", "sum", "sums",
            "total general", "summe", "gesamt", "insgesamt", "gesamtsumme", "totaal", "totale", "totalt", "somme");

    private TotalsRow() {
    }

    /**
     * The label of a totals row (its first filled cell says total, and another cell is filled in), or null when
     * {@code row} is not one. Only the first filled cell counts: a customer whose plan is called "Total" is a
     * customer.
     */
    static String label(String[] row) {
        String label = null;
        for (String cell : row) {
            if (MissingValues.isMissing(cell)) {
                continue;
            }
            if (label != null) {
                return label;
            }
            String s = cell.strip();
            if (!LABELS.contains(s.toLowerCase(Locale.ROOT).replace(":", "").strip())) {
                return null;
            }
            label = s;
        }
        return null;
    }
}
