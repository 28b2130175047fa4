package org.clientele.core.eda;

import org.clientele.core.stats.Descriptive;

import java.util.Arrays;

/**
 * Sample quantiles at fixed probabilities, by linear interpolation between order statistics
 * (Hyndman &amp; Fan 1996, definition 7: the default of R and NumPy).
 */
public record Quantiles(double[] probabilities, double[] values) {

    /** The probabilities reported unless asked otherwise. */
    public static final double[] STANDARD = {0, 0.01, 0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95, 0.99, 1};

    public static Quantiles of(double[] values, double[] probabilities) {
        double[] sorted = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        double[] q = new double[probabilities.length];
        for (int i = 0; i < q.length; i++) {
            q[i] = ofSorted(sorted, probabilities[i]);
        }
        return new Quantiles(probabilities.clone(), q);
    }

    /** Definition 7 on values sorted ascending ({@link Descriptive#quantileOfSorted}); NaN when there are none. */
    static double ofSorted(double[] sorted, double p) {
        return Descriptive.quantileOfSorted(sorted, p);
    }

    /** The value at probability {@code p}, which must be one of the probabilities. */
    public double at(double p) {
        for (int i = 0; i < probabilities.length; i++) {
            if (Math.abs(probabilities[i] - p) < 1e-12) {
                return values[i];
            }
        }
        throw new IllegalArgumentException("no quantile at " + p);
    }
}
