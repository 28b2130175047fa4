package org.clientele.core.clv;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * 2F1 with -1 &lt; c &lt; 0, reached by BG/NBD when a + b &lt; 1; reference values from scipy.special.hyp2f1
 * (Cephes), and the BG/NBD expectations (Fader, Hardie &amp; Lee 2005, eqs. 9 and 10) evaluated with it.
 */
class BelowZeroHypergeometricTest {

    @Test
    void matchesReferenceValues() {
        assertEquals(-1.1306770297412665, Hypergeometric2F1.valueBelowZeroC(0.5, 0.3, -0.2, 0.7), 1e-11);
        assertEquals(-95.25835033677618, Hypergeometric2F1.valueBelowZeroC(1.5, 0.2, -0.3, 0.9), 1e-9);
        assertEquals(-70.9809540450097, Hypergeometric2F1.valueBelowZeroC(2.0, 0.7, -0.95, 0.4), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> Hypergeometric2F1.valueBelowZeroC(1, 1, 0.5, 0.5));
    }

    @Test
    void bgNbdExpectationsHoldWhenAPlusBIsBelowOne() {
        BgNbdModel m = new BgNbdModel(0.8, 5.0, 0.6, 0.2);
        assertEquals(0.7586409289858929, m.expectedPurchases(10), 1e-10);
        assertEquals(0.25484292374455936, m.conditionalExpectedPurchases(10, 0, 0, 20), 1e-10);
        // a + b = 1 exactly: the symmetric limit sits between its neighbours.
        double at = new BgNbdModel(0.8, 5.0, 0.6, 0.4).expectedPurchases(10);
        double below = new BgNbdModel(0.8, 5.0, 0.6, 0.4 - 1e-4).expectedPurchases(10);
        double above = new BgNbdModel(0.8, 5.0, 0.6, 0.4 + 1e-4).expectedPurchases(10);
        assertEquals((below + above) / 2, at, 1e-6);
    }
}
