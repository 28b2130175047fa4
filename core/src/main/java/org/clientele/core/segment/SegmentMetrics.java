package org.clientele.core.segment;

import java.util.List;

/**
 * How good the chosen segments are, in the transformed feature space.
 *
 * @param sweep                indices per k tried (a single entry when k was given or found by density)
 * @param elbowK               Kneedle's elbow of inertia over the sweep, or null when none
 * @param silhouette           mean silhouette of the chosen solution (outliers left out)
 * @param silhouetteSampled    true when computed on a seeded sample of the rows
 * @param silhouetteSampleSize rows the silhouette was computed on
 * @param stability            bootstrap ARI of the chosen solution and each segment's bootstrap Jaccard
 * @param outliers             rows labelled -1
 */
public record SegmentMetrics(List<SweepPoint> sweep, Integer elbowK, double silhouette, boolean silhouetteSampled,
                             int silhouetteSampleSize, Stability stability, int outliers) {
}
