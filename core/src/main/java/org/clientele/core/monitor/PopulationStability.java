package org.clientele.core.monitor;

/**
 * The population stability index, PSI = Σ (actual − expected) · ln(actual / expected) over bins (Siddiqi,
 * "Credit Risk Scorecards", 2006): 0 when the shares agree, below 0.1 read as stable, 0.1–0.25 as a shift
 * worth watching, above 0.25 as a change the model has not seen. An empty bin counts as a share of
 * {@value #FLOOR} so that the logarithm stays finite, as is customary.
 */
public final class PopulationStability {

    static final double FLOOR = 1e-4;
    public static final double SHIFT = 0.1;
    public static final double RETRAIN = 0.25;

    private PopulationStability() {
    }

    public static double index(double[] expected, double[] actual) {
        if (expected.length != actual.length) {
            throw new IllegalArgumentException("expected and actual shares need the same bins");
        }
        double psi = 0;
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] == 0 && actual[i] == 0) {
                continue;
            }
            double e = Math.max(expected[i], FLOOR);
            double a = Math.max(actual[i], FLOOR);
            psi += (a - e) * Math.log(a / e);
        }
        return psi;
    }

    /** The reading of an index: stable, shift or retrain. */
    public static Verdict verdict(double psi) {
        return psi > RETRAIN ? Verdict.RETRAIN : psi >= SHIFT ? Verdict.SHIFT : Verdict.STABLE;
    }

    /** From least to most serious, so the worst of several is their maximum. */
    public enum Verdict {
        STABLE, SHIFT, RETRAIN
    }
}
