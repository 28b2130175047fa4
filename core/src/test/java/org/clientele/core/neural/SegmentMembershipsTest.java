package org.clientele.core.neural;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmentMembershipsTest {

    @Test
    void twoSeparatedBlobsGetTwoConfidentMemberships() {
        Random r = new Random(1);
        float[][] x = new float[400][2];
        for (int i = 0; i < x.length; i++) {
            double c = i < 200 ? -4 : 4;
            x[i][0] = (float) (c + r.nextGaussian());
            x[i][1] = (float) (c + r.nextGaussian());
        }
        SegmentMemberships m = SegmentMemberships.fit(x, 2, 3);
        float[][] out = m.append(x);
        assertEquals(4, out[0].length);
        int first = out[0][2] > 0.5 ? 2 : 3;
        for (int i = 0; i < x.length; i++) {
            assertEquals(1, out[i][2] + out[i][3], 1e-5);
            float own = out[i][i < 200 ? first : 5 - first];
            assertTrue(own > 0.99, "row " + i + " membership " + own);
        }
        assertEquals(0.5, m.weights()[0], 0.01);
    }
}
