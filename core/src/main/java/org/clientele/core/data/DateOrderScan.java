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

    /** The fix the undecided-order warning ends with, for a front end to name its own control after it. */
    public static final String DAY_FIRST_FIX = "set the date order to day first";
    public static final String MONTH_FIRST_FIX = "set the date order to month first";

    /**
     * What to tell the user when no date of column {@code column} has a day above 12, so it was read in
     * {@code guess} order (slashes month first, as in the US; dashes and dots day first). Names no flag or
     * control (core never does): the front ends add theirs after {@link #DAY_FIRST_FIX} / {@link #MONTH_FIRST_FIX}.
     */
    public static String undecidedWarning(String column, DateLayout guess) {
        boolean monthFirst = guess == DateLayout.MDY;
        return "column '" + column + "': no date has a day above 12, so day and month cannot be told apart; read "
                + (monthFirst ? "month first (01/12/2010 is 12 January)" : "day first (01/12/2010 is 1 December)")
                + ". If the " + (monthFirst ? "day" : "month") + " comes first, "
                + (monthFirst ? DAY_FIRST_FIX : MONTH_FIRST_FIX) + ".";
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
