package org.clientele.core.predict;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses a model family's input transform (raw, log1p of skewed non-negative inputs, or both side by
 * side) the way the target scale is chosen: each alternative is cross-validated on the training part's
 * folds, and the simplest alternative (in {@link InputScale} order: raw, log1p, both) whose R² is within
 * one standard error of the best wins. The standard error is that of the per-fold differences to the
 * best, because the alternatives are scored on the same folds (the one-standard-error rule of Hastie,
 * Tibshirani &amp; Friedman, The Elements of Statistical Learning, 2nd ed. 2009, §7.10, on paired folds):
 * a gain the folds cannot confirm is not worth a less familiar transform. On customer tables one
 * extreme customer can swing a fold's R² by 0.3, and a transform that wins only through such a fold
 * lost on held-out rows in our measurements (the bundled sample). Models
 * whose fit cannot change under monotone input transforms (trees, the mean) get the raw columns and no
 * search. Linear and penalised models keep z-scored inputs so their coefficients stay comparable.
 * <p>
 * This is a separate step of the model's preprocessing so that an encoding of categorical columns can
 * run before it: it sees numeric rows only and knows nothing about where they came from.
 */
public final class InputTransformChoice {

    /** The alternatives tried for one candidate; a single {@code null} means "the fixed transform". */
    private final List<InputScale> alternatives;
    private final boolean standardize;
    private final RowTransform fixed;

    private InputTransformChoice(List<InputScale> alternatives, boolean standardize, RowTransform fixed) {
        this.alternatives = alternatives;
        this.standardize = standardize;
        this.fixed = fixed;
    }

    /** What to try for {@code candidate} under {@code options}. */
    public static InputTransformChoice forCandidate(RegressionCandidate candidate, RegressionOptions options) {
        if (options.inputScales().isEmpty()) {
            return new InputTransformChoice(Collections.singletonList(null), true, options.transform());
        }
        if (candidate.inputScaleInvariant()) {
            return new InputTransformChoice(List.of(InputScale.RAW), false, null);
        }
        return new InputTransformChoice(options.inputScales(), true, null);
    }

    /** The alternatives in order; one entry when nothing is searched (it may be null: the fixed transform). */
    public List<InputScale> alternatives() {
        return alternatives;
    }

    /** Whether more than one alternative is compared. */
    public boolean searched() {
        return alternatives.size() > 1;
    }

    /** The row transform of one alternative. */
    public RowTransform transform(InputScale scale) {
        return scale == null ? fixed : InputScaleTransform.fitting(scale, standardize);
    }

    /**
     * The outcome: the chosen alternative and every alternative's CV R² mean by label (empty when
     * nothing was searched).
     */
    public record Outcome(InputScale chosen, Map<String, Double> cvR2ByLabel) {

        /** The chosen transform's name for reports, null for a fixed transform. */
        public String label() {
            return chosen == null ? null : chosen.label();
        }
    }

    /**
     * Picks the simplest alternative whose mean of {@code foldR2[a]} is within one paired standard error of
     * the highest mean (NaN folds count as 0).
     */
    public Outcome choose(List<double[]> foldR2) {
        if (foldR2.size() != alternatives.size()) {
            throw new IllegalArgumentException("one R2 array per alternative expected");
        }
        int best = 0;
        double bestMean = Double.NEGATIVE_INFINITY;
        Map<String, Double> byLabel = new LinkedHashMap<>();
        for (int a = 0; a < alternatives.size(); a++) {
            double mean = meanIgnoringNaN(foldR2.get(a));
            if (searched()) {
                byLabel.put(alternatives.get(a).label(), mean);
            }
            if (mean > bestMean) {
                bestMean = mean;
                best = a;
            }
        }
        for (int a = 0; a < best; a++) {
            if (withinOneStandardError(foldR2.get(best), foldR2.get(a))) {
                return new Outcome(alternatives.get(a), byLabel);
            }
        }
        return new Outcome(alternatives.get(best), byLabel);
    }

    /** Whether the mean per-fold gain of {@code best} over {@code other} is at most its standard error. */
    static boolean withinOneStandardError(double[] best, double[] other) {
        int n = best.length;
        if (n < 2) {
            return false;
        }
        double[] d = new double[n];
        for (int f = 0; f < n; f++) {
            d[f] = zeroIfNaN(best[f]) - zeroIfNaN(other[f]);
        }
        double mean = java.util.Arrays.stream(d).average().orElse(0);
        double ss = 0;
        for (double v : d) {
            ss += (v - mean) * (v - mean);
        }
        double se = Math.sqrt(ss / (n - 1) / n);
        return mean <= se;
    }

    private static double zeroIfNaN(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    private static double meanIgnoringNaN(double[] r2) {
        List<Double> v = new ArrayList<>();
        for (double x : r2) {
            v.add(Double.isNaN(x) ? 0 : x);
        }
        return v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
