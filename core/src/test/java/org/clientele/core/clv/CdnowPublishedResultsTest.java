package org.clientele.core.clv;

import org.clientele.core.task.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reproduces the published CDNOW estimates: BG/NBD r = 0.243, alpha = 4.414, a = 0.793, b = 2.426,
 * LL = -9582.4 (Fader, Hardie &amp; Lee 2005, Marketing Science, section 4: 2,357 customers, 39-week
 * calibration, weeks) and Gamma–Gamma p = 6.25, q = 3.74, gamma = 15.44 (Fader &amp; Hardie 2013, 946
 * customers with repeat purchases). Data: the lifetimes package's copy of the summary (see the NOTICE
 * beside the resource).
 */
class CdnowPublishedResultsTest {

    private static List<CustomerRfmSummary> customers;

    @BeforeAll
    static void load() throws URISyntaxException {
        Path file = Path.of(CdnowPublishedResultsTest.class
                .getResource("cdnow_customers_summary_with_transactions.csv").toURI());
        customers = RfmSummaryReader.read(file, "ID");
    }

    @Test
    void readsTheWholeSummary() {
        assertEquals(2357, customers.size());
        assertEquals(946, customers.stream().filter(CustomerRfmSummary::hasRepeatPurchases).count());
        assertEquals("1", customers.get(0).customerId());
        assertEquals(2, customers.get(0).frequency());
        assertEquals(30.43, customers.get(0).recency());
        assertEquals(38.86, customers.get(0).T());
        assertEquals(22.35, customers.get(0).monetaryValue());
        assertEquals(Double.NaN, customers.get(2).monetaryValue());
    }

    @Test
    void bgNbdMatchesThePublishedEstimatesWithinOnePercent() {
        BgNbdFit fit = new BgNbdFitter(5, 42).fit(customers, ClvTimeUnit.WEEK, Progress.NONE);
        System.out.println("CDNOW BG/NBD " + fit);
        assertEquals(0.243, fit.r(), 0.01 * 0.243);
        assertEquals(4.414, fit.alpha(), 0.01 * 4.414);
        assertEquals(0.793, fit.a(), 0.01 * 0.793);
        assertEquals(2.426, fit.b(), 0.01 * 2.426);
        assertEquals(-9582.4, fit.logLikelihood(), 0.1);
        assertEquals(2357, fit.customers());
    }

    @Test
    void gammaGammaMatchesThePublishedEstimatesWithinOnePercent() {
        GammaGammaFit fit = new GammaGammaFitter(5, 42).fit(customers, Progress.NONE);
        System.out.println("CDNOW Gamma-Gamma " + fit);
        assertEquals(946, fit.customers());
        assertEquals(6.25, fit.p(), 0.01 * 6.25);
        assertEquals(3.74, fit.q(), 0.01 * 3.74);
        assertEquals(15.44, fit.gamma(), 0.01 * 15.44);
        assertEquals(-4055.92, fit.logLikelihood(), 0.01, "lifetimes' GammaGammaFitter on the same 946 repeat buyers");
    }
}
