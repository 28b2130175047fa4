package org.clientele.core.segment;

/**
 * How reproducible the chosen solution is: mean and standard deviation of the adjusted Rand index
 * between the reference labels and those of models refitted on bootstrap resamples (all rows compared).
 *
 * @param meanAri       mean ARI (1 = every resample reproduces the segments); NaN when not computed
 * @param stdAri        population standard deviation of the ARIs
 * @param resamples     how many resamples were fitted
 * @param resampleSize  rows drawn with replacement per resample
 */
public record Stability(double meanAri, double stdAri, int resamples, int resampleSize) {

    public static final Stability NOT_COMPUTED = new Stability(Double.NaN, Double.NaN, 0, 0);
}
