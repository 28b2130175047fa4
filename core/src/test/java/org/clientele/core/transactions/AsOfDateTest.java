package org.clientele.core.transactions;

import org.clientele.core.data.DataFileException;
import org.clientele.core.data.Files2;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recency counts from the last purchase to the as-of date, so that date cannot come before it. */
class AsOfDateTest {

    @TempDir
    Path dir;

    private static final String LOG = "InvoiceNo,Quantity,InvoiceDate,UnitPrice,CustomerID\n"
            + "1,2,2010-12-01 08:26:00,1.50,17850\n2,1,2010-12-14 09:00:00,4.00,12346\n";

    private CustomerTable build(LocalDate asOf) throws Exception {
        return new CustomerTableBuilder(ReadOptions.DEFAULT, null, asOf).build(Files2.write(dir, "log.csv", LOG),
                Progress.NONE);
    }

    @Test
    void anAsOfDateBeforeTheLastPurchaseIsRefused() {
        DataFileException e = assertThrows(DataFileException.class, () -> build(LocalDate.of(2009, 1, 1)));
        assertTrue(e.getMessage().startsWith("log.csv: the as-of date 2009-01-01 is before the last purchase in the"
                + " file (2010-12-14), so recency would be negative. Choose an as-of date on or after 2010-12-14, or"
                + " leave it out to count to the day after the last purchase"), e.getMessage());
    }

    @Test
    void theDayOfTheLastPurchaseOrLaterCountsRecencyFromIt() throws Exception {
        CustomerTable same = build(LocalDate.of(2010, 12, 14));
        assertEquals(13, same.customers().get(1).recencyDays(), 1e-12);
        assertEquals(0, same.customers().get(0).recencyDays(), 1e-12);
        assertEquals(LocalDate.of(2010, 12, 14), same.report().asOf());
        assertEquals(17, build(LocalDate.of(2010, 12, 31)).customers().get(0).recencyDays(), 1e-12);
    }
}
