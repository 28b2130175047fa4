package org.clientele.core.segment;

import org.clientele.core.task.Progress;

/** Fits a partition with k clusters on fixed rows; one instance per run, so state (a dendrogram) is reused. */
interface Clusterer {

    Partition fit(int k, Progress progress);
}
