package org.clientele.core.segment.profile;

/** The Kruskal–Wallis H statistic, its degrees of freedom, chi-square p-value and epsilon² effect size. */
public record KruskalWallisResult(double h, int degreesOfFreedom, double pValue, double epsilonSquared) {
}
