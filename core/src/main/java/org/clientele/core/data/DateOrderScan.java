package org.clientele.core.data;

import java.nio.file.Path;

/**
 * Settles day/month order when the sampled rows could not (every day ≤ 12, as in the first week of
 * a month): reads on through one column until a value decides it. Costs a partial extra pass, only
 * for such files; without it a day-first file would be read month-first without any error.
 */
public final class DateOrderScan {

    private DateOrderScan() {
    }

    /**
     * What to tell the user when no date of column {@code column} has a day above 12, so it was read in
     * {@code guess} order (slashes month first, as in the US; dashes and dots day first).
     */
    public static String undecidedWarning(String column, DateLayout guess) {
        boolean monthFirst = guess == DateLayout.MDY;
        return "column '" + column + "': no date has a day above 12, so day and month cannot be told apart; read "
                + (monthFirst ? "month first (01/12/2010 is 12 January)" : "day first (01/12/2010 is 1 December)")
                + ". If the " + (monthFirst ? "day" : "month") + " comes first, say so (--date-order "
                + (monthFirst ? "dmy" : "mdy") + ").";
    }

    /** The decided layout, or {@code guess} when no value in the whole file decides it. */
    public static DateLayout decide(Path file, TextFormat format, int column, DateLayout guess) {
        ColumnSniffer s = new ColumnSniffer("date", 1);
        try (CsvRows rows = CsvRows.open(file, format, true)) {
            String[] r;
            long n = 0;
            while ((r = rows.next()) != null) {
                s.accept(r[column]);
                if ((++n & 1023) == 0 && s.decidedDayMonthOrder() != null) {
                    break;
                }
            }
        }
        DateLayout d = s.decidedDayMonthOrder();
        return d != null ? d : guess;
    }
}
