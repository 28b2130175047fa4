package org.clientele.core.predict;

import java.util.List;
import java.util.Locale;

/**
 * How a model's numeric inputs are scaled before imputation-and-z-scoring, chosen per model family by
 * cross-validation ({@link InputTransformChoice}). Only columns that are non-negative and right-skewed
 * on the training rows (skewness above the feature pipeline's threshold) are ever logged.
 */
public enum InputScale {
    /** The columns as they are. */
    RAW,
    /** log1p instead of each skewed non-negative column (what segmentation uses). */
    LOG1P,
    /** Every column as it is, plus log1p of each skewed non-negative column beside it. */
    BOTH;

    /** The alternatives tried by default, in report order. */
    public static final List<InputScale> ALL = List.of(RAW, LOG1P, BOTH);

    /** The name used in models.json and on the command line: raw, log1p or both. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static InputScale of(String label) {
        for (InputScale s : values()) {
            if (s.label().equalsIgnoreCase(label.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown input transform '" + label + "'; known: raw, log1p, both");
    }
}
