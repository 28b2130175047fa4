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
 */
public record SweepPoint(int k, double inertia, double silhouette, double daviesBouldin,
                         double calinskiHarabasz, double bic) {
}
