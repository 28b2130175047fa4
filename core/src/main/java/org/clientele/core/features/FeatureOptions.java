package org.clientele.core.features;

import java.util.List;

/**
 * What the feature pipeline does.
 *
 * @param features       columns to use, in this order; null = every column of the input
 * @param log1p          apply log1p to skewed, non-negative columns
 * @param standardize    z-score every column (population standard deviation)
 * @param skewThreshold  sample skewness above which a column counts as skewed (1.0 by default)
 */
public record FeatureOptions(List<String> features, boolean log1p, boolean standardize, double skewThreshold) {

    public static final FeatureOptions DEFAULT = new FeatureOptions(null, true, true, 1.0);
    /** No log1p, no z-scoring: only selection and median imputation. */
    public static final FeatureOptions RAW = new FeatureOptions(null, false, false, 1.0);

    public FeatureOptions {
        features = features == null ? null : List.copyOf(features);
    }

    public FeatureOptions withFeatures(List<String> chosen) {
        return new FeatureOptions(chosen, log1p, standardize, skewThreshold);
    }
}
