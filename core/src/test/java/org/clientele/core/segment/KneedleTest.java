package org.clientele.core.segment;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KneedleTest {

    @Test
    void findsTheElbowOfAnInertiaCurve() {
        double[] k = {2, 3, 4, 5, 6, 7, 8};
        double[] inertia = {100, 40, 20, 17, 15, 14, 13};
        // normalised x = (k-2)/6; 1 - normalised y = 1 - (y-13)/87:
        // difference = 0, .523, .586, .454, .310, .155, 0 -> local maximum at k=4 (.586);
        // threshold .586 - 1/6 = .419; k=6 (.310) falls below it before any higher value: elbow 4
        assertEquals(4.0, Kneedle.elbow(k, inertia), 0);
    }

    @Test
    void findsTheKneeOfOneOverX() {
        // Satopää et al. use y = 1/x style curves: for x = 1..10 the difference (1 - yn) - xn peaks at x = 3
        double[] x = new double[10];
        double[] y = new double[10];
        for (int i = 0; i < 10; i++) {
            x[i] = i + 1;
            y[i] = 1.0 / (i + 1);
        }
        assertEquals(3.0, Kneedle.elbow(x, y), 0);
    }

    @Test
    void noElbowOnAStraightLine() {
        assertTrue(Double.isNaN(Kneedle.elbow(new double[]{1, 2, 3, 4}, new double[]{4, 3, 2, 1})));
    }
}
