package org.clientele.core.clv;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Known closed forms of 2F1 (Abramowitz &amp; Stegun 1964, 15.1.3-15.1.8) and Euler's transformation (15.3.3). */
class Hypergeometric2F1Test {

    @Test
    void logarithmCase() {
        // 2F1(1, 1; 2; z) = -ln(1 - z) / z
        assertEquals(2 * Math.log(2), Hypergeometric2F1.value(1, 1, 2, 0.5), 1e-14);
        assertEquals(-Math.log(0.01) / 0.99, Hypergeometric2F1.value(1, 1, 2, 0.99), 1e-11);
    }

    @Test
    void binomialCase() {
        // 2F1(a, b; b; z) = (1 - z)^-a
        assertEquals(Math.pow(0.1, -2.5), Hypergeometric2F1.value(2.5, 1.3, 1.3, 0.9), 1e-9);
        assertEquals(Math.pow(0.75, -0.243), Hypergeometric2F1.value(0.243, 2.426, 2.426, 0.25), 1e-14);
    }

    @Test
    void inverseTrigonometricCases() {
        // 2F1(1/2, 1/2; 3/2; z^2) = arcsin(z) / z ; 2F1(1/2, 1; 3/2; z^2) = artanh(z) / z
        assertEquals(Math.asin(0.99) / 0.99, Hypergeometric2F1.value(0.5, 0.5, 1.5, 0.99 * 0.99), 1e-12);
        double z = 0.999;
        double artanh = 0.5 * Math.log((1 + z) / (1 - z));
        assertEquals(artanh / z, Hypergeometric2F1.value(0.5, 1, 1.5, z * z), 1e-11);
    }

    @Test
    void largeParametersNearOneDoNotOverflow() {
        // Euler: 2F1(a, b; c; z) = (1 - z)^(c - a - b) 2F1(c - a, c - b; c; z); the left side is ~e^500 here.
        double a = 130.2;
        double b = 131.5;
        double c = 140.7;
        double z = 0.97;
        double left = Hypergeometric2F1.logValue(a, b, c, z);
        double right = (c - a - b) * Math.log(1 - z) + Hypergeometric2F1.logValue(c - a, c - b, c, z);
        assertEquals(right, left, 1e-9 * Math.abs(right));
        assertEquals(true, left > 400);
    }

    @Test
    void rejectsArgumentsOutsideTheSeriesDomain() {
        assertThrows(IllegalArgumentException.class, () -> Hypergeometric2F1.value(1, 1, 2, 1.0));
        assertThrows(IllegalArgumentException.class, () -> Hypergeometric2F1.value(1, 1, -0.5, 0.5));
        assertEquals(1.0, Hypergeometric2F1.value(3, 4, 5, 0));
    }
}
