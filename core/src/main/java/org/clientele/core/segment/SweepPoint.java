package org.clientele.core.segment;

/**
 * The indices of one k of a sweep, in the transformed feature space (scikit-learn definitions).
 *
 * @param k                 clusters
 * @param inertia           sum of squared distances to the own centroid
 * @param silhouette        mean silhouette (exact, or on a seeded sample: see the result)
 * @param daviesBouldin     lower is better
 * @param calinskiHarabasz  higher is better
 * @param bic               Bayesian information criterion for Gaussian mixtures, NaN otherwise
 * @param gap               gap statistic (Tibshirani et al. 2001), NaN when not computed
 * @param gapSe             its standard error s_k, NaN when not computed
 * @param stability         mean bootstrap ARI of this k's solution, NaN when not computed
 */
public record SweepPoint(int k, double inertia, double silhouette, double daviesBouldin,
                         double calinskiHarabasz, double bic, double gap, double gapSe, double stability) {

    public SweepPoint(int k, double inertia, double silhouette, double daviesBouldin, double calinskiHarabasz,
                      double bic) {
        this(k, inertia, silhouette, daviesBouldin, calinskiHarabasz, bic, Double.NaN, Double.NaN, Double.NaN);
    }

    SweepPoint withGap(double value, double se) {
        return new SweepPoint(k, inertia, silhouette, daviesBouldin, calinskiHarabasz, bic, value, se, stability);
    }

    SweepPoint withStability(double ari) {
        return new SweepPoint(k, inertia, silhouette, daviesBouldin, calinskiHarabasz, bic, gap, gapSe, ari);
    }
}
