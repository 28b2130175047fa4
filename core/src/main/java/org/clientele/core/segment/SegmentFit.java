package org.clientele.core.segment;

import java.util.List;

/**
 * The clustering a run chose: which segments, each row's segment and how sure, and how k was chosen.
 * Segments are numbered 0..k-1 by decreasing size; -1 marks an outlier (HDBSCAN).
 *
 * @param algorithm   the clustering used
 * @param k           number of segments
 * @param kChosenBy   the indices that chose k joined by "+", or "user", "density", "stability", "silhouette"
 * @param kChoice     how k was chosen, with the sentence shown beside the charts; null when not recorded
 * @param labels      segment per row
 * @param confidence  per row; GMM: the largest membership probability; others: 1 - d1/d2 (own vs nearest
 *                    other centroid distance), 0 for outliers
 * @param memberships GMM only: rows x k membership probabilities; null otherwise
 * @param centroids   k x features, mean of each segment's rows (transformed space)
 * @param consensus   for the consensus algorithm, how its members agree; null otherwise
 * @param seed        the seed used
 * @param fittedRows  rows the clustering was fitted on (fewer than all on large inputs)
 * @param notes       anything a reader must know, e.g. that a sample was clustered
 */
public record SegmentFit(Algorithm algorithm, int k, String kChosenBy, KChoice kChoice, int[] labels,
                         double[] confidence, double[][] memberships, double[][] centroids,
                         ConsensusSummary consensus, long seed, int fittedRows, List<String> notes) {
}
