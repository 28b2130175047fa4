package org.clientele.core.clv;

/**
 * The Gauss hypergeometric function 2F1(a, b; c; z) for 0 <= z < 1 and a, b, c > 0, summed as its power
 * series (Abramowitz & Stegun 1964, eq. 15.1.1): sum_n (a)_n (b)_n / ((c)_n n!) z^n. With positive
 * parameters every term is positive, so there is no cancellation; the sum is carried in a rescaled form
 * so that large terms (many repeat purchases, z near 1) cannot overflow, and summation stops only when a
 * bound on the whole remaining tail is below the requested relative precision.
 */
public final class Hypergeometric2F1 {

    private static final double RELATIVE_TOLERANCE = 1e-15;
    private static final int MAX_TERMS = 5_000_000;
    private static final double RESCALE_ABOVE = 1e250;

    private Hypergeometric2F1() {
    }

    public static double value(double a, double b, double c, double z) {
        return Math.exp(logValue(a, b, c, z));
    }

    /**
     * 2F1(a, b; c; z) for a, b > 0, -1 < c < 0 and 0 <= z < 1, where the series' first terms change sign
     * (BG/NBD reaches it when its a + b < 1). Gauss' contiguous relation in c (Abramowitz &amp; Stegun 1964,
     * eq. 15.2.18) gives it from the two positive-parameter values at c + 1 and c + 2:
     * (c+1) c (z-1) F(c) = -(c+1)[c - (2c+1-a-b) z] F(c+1) - (c+1-a)(c+1-b) z F(c+2).
     */
    public static double valueBelowZeroC(double a, double b, double c, double z) {
        if (!(a > 0 && b > 0 && c > -1 && c < 0) || !(z >= 0 && z < 1)) {
            throw new IllegalArgumentException("2F1 below zero needs a, b > 0, -1 < c < 0 and 0 <= z < 1; got a=" + a
                    + " b=" + b + " c=" + c + " z=" + z);
        }
        double up = c + 1;
        double f1 = value(a, b, up, z);
        double f2 = value(a, b, up + 1, z);
        return -(up * (up - 1 - (2 * up - a - b - 1) * z) * f1 + (up - a) * (up - b) * z * f2)
                / (up * (up - 1) * (z - 1));
    }

    /**
     * The natural logarithm of 2F1(a, b; c; z).
     *
     * @throws IllegalArgumentException for parameters outside a, b, c > 0, 0 <= z < 1
     * @throws ArithmeticException      if the series did not converge within its term budget
     */
    public static double logValue(double a, double b, double c, double z) {
        if (!(a > 0 && b > 0 && c > 0) || !(z >= 0 && z < 1)) {
            throw new IllegalArgumentException("2F1 series needs a, b, c > 0 and 0 <= z < 1; got a=" + a
                    + " b=" + b + " c=" + c + " z=" + z);
        }
        if (z == 0) {
            return 0;
        }
        double alpha = Math.abs(a + b - c - 1);
        double beta = Math.abs(a * b - c);
        double term = 1;
        double sum = 1;
        double logScale = 0;
        for (int n = 0; n < MAX_TERMS; n++) {
            double ratio = (a + n) * (b + n) / ((c + n) * (n + 1.0)) * z;
            term *= ratio;
            sum += term;
            if (sum > RESCALE_ABOVE) {
                sum /= RESCALE_ABOVE;
                term /= RESCALE_ABOVE;
                logScale += Math.log(RESCALE_ABOVE);
            }
            // Every later term ratio R_j z (j > n) is at most z (1 + |alpha|/m + |beta|/m^2) with m = n + 1,
            // because R_j - 1 = (alpha j + beta) / ((j + 1)(j + c)); so the tail after this term is bounded
            // by a geometric series.
            int m = n + 1;
            double q = z * (1 + alpha / m + beta / ((double) m * m));
            if (q < 1) {
                double tail = term * q / (1 - q);
                if (tail <= RELATIVE_TOLERANCE * sum) {
                    return logScale + Math.log(sum);
                }
            }
        }
        throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge in "
                + MAX_TERMS + " terms");
    }
}
