package org.clientele.core.segment;

import org.clientele.core.task.Progress;

/**
 * Another space to cluster in: maps the preprocessed (standardized) rows to new coordinates, e.g. an
 * autoencoder's bottleneck. The map and PCA stay on the preprocessed rows; the clustering and its metrics
 * (inertia, silhouette, gap, stability) are computed on the embedded rows.
 */
@FunctionalInterface
public interface Embedding {

    /** @param preprocessed rows x features as the feature pipeline made them; not modified */
    double[][] embed(double[][] preprocessed, Progress progress);
}
