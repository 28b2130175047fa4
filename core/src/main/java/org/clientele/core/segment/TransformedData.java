package org.clientele.core.segment;

import org.clientele.core.features.FittedFeaturePipeline;

import java.util.List;

/**
 * The matrix that was clustered and how it was made.
 *
 * @param features      feature columns after preprocessing (dropped constant ones excluded)
 * @param preprocessing what the feature pipeline applied, human-readable
 * @param transformed   rows x dimensions: what was clustered (the preprocessed rows, or their embedding)
 * @param pca           principal components of the preprocessed matrix (up to 3)
 * @param pipeline      the fitted feature pipeline (replays on new rows)
 * @param preprocessed  rows x features as the pipeline made them (the same array as {@code transformed}
 *                      unless an {@link Embedding} was clustered on)
 */
public record TransformedData(List<String> features, List<String> preprocessing, double[][] transformed,
                              Pca.Result pca, FittedFeaturePipeline pipeline, double[][] preprocessed) {

    /** Clustered on the preprocessed rows themselves. */
    public TransformedData(List<String> features, List<String> preprocessing, double[][] transformed,
                           Pca.Result pca, FittedFeaturePipeline pipeline) {
        this(features, preprocessing, transformed, pca, pipeline, transformed);
    }
}
