package org.clientele.core.segment;

import org.clientele.core.task.Progress;

/**
 * Fits partitions with a given k on fixed rows; one instance per run, so state (a dendrogram, the
 * fitted models) is reused across the ks of a sweep and by {@link #predict}.
 */
interface Clusterer {

    Partition fit(int k, Progress progress);

    /** Labels of {@code rows} under the model fitted for k (call {@link #fit} with k first). */
    int[] predict(int k, Points rows);

    /** Rows the clustering is fitted on (fewer than all when a seeded sample is clustered). */
    default int fitRowCount(Points all) {
        return all.n;
    }

    /** What a reader must know about how this clusterer ran, e.g. that it clustered a sample. */
    default java.util.List<String> notes() {
        return java.util.List.of();
    }
}
