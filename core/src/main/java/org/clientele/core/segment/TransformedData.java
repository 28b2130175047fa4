package org.clientele.core.segment;

import org.clientele.core.features.FittedFeaturePipeline;

import java.util.List;

/**
 * The matrix that was clustered and how it was made.
 *
 * @param features      feature columns after preprocessing (dropped constant ones excluded)
 * @param preprocessing what the feature pipeline applied, human-readable
 * @param transformed   rows x features
 * @param pca           principal components of the transformed matrix (up to 3)
 * @param pipeline      the fitted feature pipeline (replays on new rows)
 */
public record TransformedData(List<String> features, List<String> preprocessing, double[][] transformed,
                              Pca.Result pca, FittedFeaturePipeline pipeline) {
}
