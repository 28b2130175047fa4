package org.clientele.core.predict;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LinearFormulaTest {

    @Test
    void ordinaryLeastSquaresRecoversAKnownFormula() {
        Random r = new Random(11);
        int n = 500;
        double[][] x = new double[n][2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = r.nextDouble() * 10;
            x[i][1] = r.nextDouble() * 10;
            y[i] = 3 + 2 * x[i][0] - x[i][1] + 0.1 * r.nextGaussian();
        }
        LinearFormula f = LinearFormula.fit(List.of("a", "b"), x, y);
        assertEquals(3, f.intercept(), 0.05);
        assertEquals(2, f.coefficients()[0], 0.01);
        assertEquals(-1, f.coefficients()[1], 0.01);
    }

    @Test
    void collinearFeaturesStillGiveTheLeastSquaresFit() {
        double[][] x = new double[20][2];
        double[] y = new double[20];
        for (int i = 0; i < 20; i++) {
            x[i][0] = i;
            x[i][1] = 2 * i; // exact copy, scaled
            y[i] = 1 + 5 * i;
        }
        LinearFormula f = LinearFormula.fit(List.of("a", "b"), x, y);
        double[] p = f.predict(x);
        for (int i = 0; i < 20; i++) {
            assertEquals(y[i], p[i], 1e-6);
        }
    }
}
