package org.clientele.core.segment;

import org.clientele.core.features.FittedFeaturePipeline;

import java.util.List;

/**
 * Everything a segmentation run produced, in the transformed feature space unless said otherwise.
 * Segments are numbered 0..k-1 by decreasing size; -1 marks an outlier (HDBSCAN).
 *
 * @param algorithm            the clustering used
 * @param k                    number of segments
 * @param kChosenBy            "silhouette", "bic", "user" or "density"
 * @param features             feature columns after preprocessing (dropped constant ones excluded)
 * @param preprocessing        what the feature pipeline applied, human-readable
 * @param sweep                indices per k tried (a single entry when k was given or found by density)
 * @param elbowK               Kneedle's elbow of inertia over the sweep, or null when none
 * @param silhouette           mean silhouette of the chosen solution (outliers left out)
 * @param silhouetteSampled    true when computed on a seeded sample of the rows
 * @param silhouetteSampleSize rows the silhouette was computed on
 * @param stability            bootstrap ARI of the chosen solution
 * @param outliers             rows labelled -1
 * @param labels               segment per row
 * @param confidence           per row; GMM: the largest membership probability; others: 1 - d1/d2
 *                             (own vs nearest other centroid distance), 0 for outliers
 * @param memberships          GMM only: rows x k membership probabilities; null otherwise
 * @param centroids            k x features, mean of each segment's rows
 * @param transformed          rows x features, the matrix that was clustered
 * @param pca                  principal components of the transformed matrix (up to 3)
 * @param seed                 the seed used
 * @param pipeline             the fitted feature pipeline (replays on new rows)
 * @param fittedRows           rows the clustering was fitted on (fewer than all on large inputs)
 * @param notes                anything a reader must know, e.g. that a sample was clustered
 */
public record SegmentationResult(Algorithm algorithm, int k, String kChosenBy, List<String> features,
                                 List<String> preprocessing, List<SweepPoint> sweep, Integer elbowK,
                                 double silhouette, boolean silhouetteSampled, int silhouetteSampleSize,
                                 Stability stability, int outliers, int[] labels, double[] confidence,
                                 double[][] memberships, double[][] centroids, double[][] transformed,
                                 Pca.Result pca, long seed, FittedFeaturePipeline pipeline, int fittedRows,
                                 List<String> notes) {

    /** The same result with {@code extra} notes before its own (what was derived from the table, and how). */
    public SegmentationResult withNotes(List<String> extra) {
        List<String> all = new java.util.ArrayList<>(extra);
        all.addAll(notes);
        return new SegmentationResult(algorithm, k, kChosenBy, features, preprocessing, sweep, elbowK, silhouette,
                silhouetteSampled, silhouetteSampleSize, stability, outliers, labels, confidence, memberships, centroids,
                transformed, pca, seed, pipeline, fittedRows, List.copyOf(all));
    }

    /** Rows per segment, index = segment id. */
    public int[] sizes() {
        int[] s = new int[k];
        for (int l : labels) {
            if (l >= 0) {
                s[l]++;
            }
        }
        return s;
    }

    /** The sweep entry of the chosen k, if it was swept. */
    public SweepPoint chosen() {
        return sweep.stream().filter(p -> p.k() == k).findFirst().orElse(null);
    }
}
