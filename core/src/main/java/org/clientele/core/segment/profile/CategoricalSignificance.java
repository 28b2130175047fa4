package org.clientele.core.segment.profile;

/**
 * Whether a categorical column's levels are spread differently across segments: Pearson's chi-square test
 * of independence on the segment × level contingency table (statistic, degrees of freedom, p-value) and
 * Cramér's V = sqrt(χ² / (n · (min(segments, levels) − 1))) as the effect size (0 none … 1 complete).
 */
public record CategoricalSignificance(String feature, double chiSquare, int degreesOfFreedom, double chiSquareP,
                                      double cramersV) {
}
