package org.clientele.core.segment;

import org.clientele.core.features.FittedFeaturePipeline;

import java.util.List;

/**
 * Everything a segmentation run produced, in three parts: the fit (segments, labels, how k was chosen),
 * the metrics (sweep, silhouette, stability) and the transformed data (features, matrix, PCA, pipeline).
 * The accessors of the single record this used to be are kept and delegate to the parts.
 */
public record SegmentationResult(SegmentFit fit, SegmentMetrics metrics, TransformedData data) {

    /** All parts at once, in the order of the former single record plus the k choice and consensus. */
    public SegmentationResult(Algorithm algorithm, int k, String kChosenBy, List<String> features,
                              List<String> preprocessing, List<SweepPoint> sweep, Integer elbowK, double silhouette,
                              boolean silhouetteSampled, int silhouetteSampleSize, Stability stability, int outliers,
                              int[] labels, double[] confidence, double[][] memberships, double[][] centroids,
                              double[][] transformed, Pca.Result pca, long seed, FittedFeaturePipeline pipeline,
                              int fittedRows, List<String> notes, KChoice kChoice, ConsensusSummary consensus) {
        this(new SegmentFit(algorithm, k, kChosenBy, kChoice, labels, confidence, memberships, centroids, consensus,
                        seed, fittedRows, notes),
                new SegmentMetrics(sweep, elbowK, silhouette, silhouetteSampled, silhouetteSampleSize, stability,
                        outliers),
                new TransformedData(features, preprocessing, transformed, pca, pipeline));
    }

    /** The result without a k-choice explanation or consensus (as before they existed). */
    public SegmentationResult(Algorithm algorithm, int k, String kChosenBy, List<String> features,
                              List<String> preprocessing, List<SweepPoint> sweep, Integer elbowK, double silhouette,
                              boolean silhouetteSampled, int silhouetteSampleSize, Stability stability, int outliers,
                              int[] labels, double[] confidence, double[][] memberships, double[][] centroids,
                              double[][] transformed, Pca.Result pca, long seed, FittedFeaturePipeline pipeline,
                              int fittedRows, List<String> notes) {
        this(algorithm, k, kChosenBy, features, preprocessing, sweep, elbowK, silhouette, silhouetteSampled,
                silhouetteSampleSize, stability, outliers, labels, confidence, memberships, centroids, transformed, pca,
                seed, pipeline, fittedRows, notes, null, null);
    }

    public Algorithm algorithm() {
        return fit.algorithm();
    }

    public int k() {
        return fit.k();
    }

    public String kChosenBy() {
        return fit.kChosenBy();
    }

    public KChoice kChoice() {
        return fit.kChoice();
    }

    public int[] labels() {
        return fit.labels();
    }

    public double[] confidence() {
        return fit.confidence();
    }

    public double[][] memberships() {
        return fit.memberships();
    }

    public double[][] centroids() {
        return fit.centroids();
    }

    public ConsensusSummary consensus() {
        return fit.consensus();
    }

    public long seed() {
        return fit.seed();
    }

    public int fittedRows() {
        return fit.fittedRows();
    }

    public List<String> notes() {
        return fit.notes();
    }

    public List<SweepPoint> sweep() {
        return metrics.sweep();
    }

    public Integer elbowK() {
        return metrics.elbowK();
    }

    public double silhouette() {
        return metrics.silhouette();
    }

    public boolean silhouetteSampled() {
        return metrics.silhouetteSampled();
    }

    public int silhouetteSampleSize() {
        return metrics.silhouetteSampleSize();
    }

    public Stability stability() {
        return metrics.stability();
    }

    public int outliers() {
        return metrics.outliers();
    }

    public List<String> features() {
        return data.features();
    }

    public List<String> preprocessing() {
        return data.preprocessing();
    }

    public double[][] transformed() {
        return data.transformed();
    }

    public Pca.Result pca() {
        return data.pca();
    }

    /** The rows as the feature pipeline made them (standardized), whatever space was clustered. */
    public double[][] preprocessed() {
        return data.preprocessed();
    }

    public FittedFeaturePipeline pipeline() {
        return data.pipeline();
    }

    /** The same result with {@code extra} notes before its own (what was derived from the table, and how). */
    public SegmentationResult withNotes(List<String> extra) {
        List<String> all = new java.util.ArrayList<>(extra);
        all.addAll(fit.notes());
        SegmentFit f = fit;
        return new SegmentationResult(new SegmentFit(f.algorithm(), f.k(), f.kChosenBy(), f.kChoice(), f.labels(),
                f.confidence(), f.memberships(), f.centroids(), f.consensus(), f.seed(), f.fittedRows(),
                List.copyOf(all)), metrics, data);
    }

    /** Rows per segment, index = segment id. */
    public int[] sizes() {
        int[] s = new int[k()];
        for (int l : labels()) {
            if (l >= 0) {
                s[l]++;
            }
        }
        return s;
    }

    /** The sweep entry of the chosen k, if it was swept. */
    public SweepPoint chosen() {
        return sweep().stream().filter(p -> p.k() == k()).findFirst().orElse(null);
    }
}
