package org.clientele.core.segment.profile;

/**
 * Whether a feature differs across segments: Kruskal–Wallis H and its p-value, one-way ANOVA F and its
 * p-value, and the effect sizes epsilon² (from H) and eta² (between-segment share of the sum of squares).
 */
public record FeatureSignificance(String feature, double kruskalWallisH, double kruskalWallisP, double anovaF,
                          double anovaP, double epsilonSquared, double etaSquared) {
}
