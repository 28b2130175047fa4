package org.clientele.core.transactions;

import org.clientele.core.data.DateLayout;
import org.clientele.core.data.Files2;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dates such as 01/12/2010 that never show a day above 12: the guess is said, and the user can settle it. */
class DateOrderOptionTest {

    @TempDir
    Path dir;

    /** A UK shop's first days of December, day first: nothing in the values tells 01/12 from 12/01. */
    private static final String LOG = "InvoiceNo,Quantity,InvoiceDate,UnitPrice,CustomerID\n"
            + "1,2,01/12/2010 08:26,1.50,17850\n"
            + "2,1,02/12/2010 09:00,4.00,12346\n"
            + "3,3,03/12/2010 10:30,2.00,17850\n";

    private CustomerTable build(ReadOptions options) throws Exception {
        return new CustomerTableBuilder(options, null, null).build(Files2.write(dir, "log.csv", LOG), Progress.NONE);
    }

    @Test
    void anUndecidableOrderIsReadMonthFirstWithAWarning() throws Exception {
        CleaningReport r = build(ReadOptions.DEFAULT).report();
        assertEquals(LocalDateTime.of(2010, 1, 12, 8, 26), r.firstDate());
        assertEquals(List.of("column 'InvoiceDate': no date has a day above 12, so day and month cannot be told apart;"
                + " read month first (01/12/2010 is 12 January). If the day comes first, set the date order to day first."),
                r.warnings());
    }

    @Test
    void theUsersOrderReadsTheDatesAndSilencesTheWarning() throws Exception {
        CleaningReport r = build(ReadOptions.DEFAULT.withDateOrder(DateLayout.DMY)).report();
        assertEquals(LocalDateTime.of(2010, 12, 1, 8, 26), r.firstDate());
        assertEquals(LocalDateTime.of(2010, 12, 3, 10, 30), r.lastDate());
        assertEquals(LocalDate.of(2010, 12, 4), r.asOf());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        assertEquals(LocalDateTime.of(2010, 1, 12, 8, 26),
                build(ReadOptions.DEFAULT.withDateOrder(DateLayout.MDY)).report().firstDate());
    }

    @Test
    void valuesThatDecideTheOrderGiveNoWarning() throws Exception {
        String log = LOG + "4,1,13/12/2010 11:00,1.00,12346\n";
        CleaningReport r = new CustomerTableBuilder().build(Files2.write(dir, "decided.csv", log), Progress.NONE).report();
        assertEquals(LocalDateTime.of(2010, 12, 1, 8, 26), r.firstDate());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }
}
