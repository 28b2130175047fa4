package org.clientele.core.clv;

import org.clientele.core.UserInputException.Reason;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fits that cannot converge end in a plain-English {@link ClvFitException}, never in a number or a stack trace. */
class PurchaseModelConvergenceTest {

    private static List<CustomerRfmSummary> copies(int n, double x, double tx, double T) {
        List<CustomerRfmSummary> customers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            customers.add(new CustomerRfmSummary("c" + i, x, tx, T, Double.NaN));
        }
        return customers;
    }

    @Test
    void everyModelExplainsThatNobodyBoughtTwice() {
        for (PurchaseModelKind kind : PurchaseModelKind.values()) {
            ClvFitException e = assertThrows(ClvFitException.class,
                    () -> new PurchaseModelFitter(2, 1).fit(kind, copies(50, 0, 0, 20), Progress.NONE));
            assertEquals(Reason.TOO_FEW_ROWS, e.reason());
            assertEquals(kind.id(), e.model());
            assertTrue(e.getMessage().contains("none of the 50 customers made a repeat purchase"), e.getMessage());
            assertTrue(e.getMessage().contains("longer calibration period"), e.getMessage());
        }
    }

    /**
     * Identical customers who all bought at the same steady pace and were all seen buying at the very end show
     * no heterogeneity and no drop-out: the likelihood keeps rising as the parameters run off.
     */
    @Test
    void everyModelExplainsARunawayFit() {
        for (PurchaseModelKind kind : PurchaseModelKind.values()) {
            ClvFitException e = assertThrows(ClvFitException.class,
                    () -> new PurchaseModelFitter(3, 1).fit(kind, copies(40, 6, 30, 30), Progress.NONE),
                    kind.toString());
            assertEquals(Reason.CANNOT_FIT, e.reason());
            String m = e.getMessage();
            assertTrue(m.startsWith(kind.label() + " did not converge on 40 customers"), m);
            assertTrue(m.contains("weeks rather than days") && m.contains("another purchase model"), m);
            assertTrue(!m.contains("Exception") && !m.contains("\n"), m);
        }
    }

    @Test
    void autoStopsOnlyWhenNoModelFits() {
        ClvOptions auto = ClvOptions.builder().purchaseModel(PurchaseModelChoice.AUTO).starts(2).build();
        ClvFitException e = assertThrows(ClvFitException.class,
                () -> ClvAnalysis.runOnSummaries(copies(40, 6, 30, 30), auto, Progress.NONE));
        assertEquals(Reason.CANNOT_FIT, e.reason());
    }
}
