package org.clientele.core.segment;

/**
 * How reproducible a solution is: mean and standard deviation of the adjusted Rand index between the
 * reference labels and those of models refitted on bootstrap resamples (all rows compared), and per
 * segment the mean Jaccard coefficient with its best match in the refitted models (Hennig 2007: below
 * 0.6 a segment is not reproduced; 0.75 and above it is stable; 0.85 and above highly stable).
 *
 * @param meanAri        mean ARI (1 = every resample reproduces the segments); NaN when not computed
 * @param stdAri         population standard deviation of the ARIs
 * @param resamples      how many resamples were fitted
 * @param resampleSize   rows drawn with replacement per resample
 * @param segmentJaccard per segment (index = segment id), mean bootstrap Jaccard; empty when not computed
 */
public record Stability(double meanAri, double stdAri, int resamples, int resampleSize, double[] segmentJaccard) {

    public static final Stability NOT_COMPUTED = new Stability(Double.NaN, Double.NaN, 0, 0);

    /** Hennig's level from which a segment counts as stable. */
    public static final double STABLE_JACCARD = 0.75;

    public Stability(double meanAri, double stdAri, int resamples, int resampleSize) {
        this(meanAri, stdAri, resamples, resampleSize, new double[0]);
    }

    public Stability {
        segmentJaccard = segmentJaccard == null ? new double[0] : segmentJaccard.clone();
    }

    static Stability of(double[] aris, int resampleSize, double[] segmentJaccard) {
        double mean = 0;
        for (double a : aris) {
            mean += a;
        }
        mean /= aris.length;
        double ss = 0;
        for (double a : aris) {
            ss += (a - mean) * (a - mean);
        }
        return new Stability(mean, Math.sqrt(ss / aris.length), aris.length, resampleSize, segmentJaccard);
    }

    /** The segment's mean bootstrap Jaccard, NaN when not computed. */
    public double segment(int id) {
        return id >= 0 && id < segmentJaccard.length ? segmentJaccard[id] : Double.NaN;
    }

    /** The same stability with segments renumbered: segment c becomes {@code newId[c]}. */
    Stability renumbered(int[] newId) {
        if (segmentJaccard.length != newId.length) {
            return this;
        }
        double[] out = new double[segmentJaccard.length];
        for (int c = 0; c < newId.length; c++) {
            out[newId[c]] = segmentJaccard[c];
        }
        return new Stability(meanAri, stdAri, resamples, resampleSize, out);
    }
}
