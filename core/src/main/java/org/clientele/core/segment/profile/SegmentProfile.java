package org.clientele.core.segment.profile;

import java.util.List;

/**
 * One segment described in original units. {@code share} is of all customers (outliers included);
 * {@code revenueShare} is of total spend, NaN when no spend column is known. {@code features} follow the
 * input order; {@code distinguishing} lists every feature ranked by |standardised difference|;
 * {@code composition} splits each categorical column by level ("72 % Married").
 */
public record SegmentProfile(int id, int size, double share, double revenueShare, List<FeatureSummary> features,
                             List<Distinction> distinguishing, List<Composition> composition) {

    public SegmentProfile {
        features = List.copyOf(features);
        distinguishing = List.copyOf(distinguishing);
        composition = composition == null ? List.of() : List.copyOf(composition);
    }

    /** A profile of numeric features only. */
    public SegmentProfile(int id, int size, double share, double revenueShare, List<FeatureSummary> features,
                          List<Distinction> distinguishing) {
        this(id, size, share, revenueShare, features, distinguishing, List.of());
    }

    /** The summary of {@code feature}, or null if there is no such feature. */
    public FeatureSummary feature(String feature) {
        return features.stream().filter(f -> f.feature().equals(feature)).findFirst().orElse(null);
    }
}
