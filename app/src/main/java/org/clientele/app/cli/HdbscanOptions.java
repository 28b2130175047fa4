package org.clientele.app.cli;

import org.clientele.core.segment.SegmentOptions;
import picocli.CommandLine.Option;

/** HDBSCAN's own setting. */
final class HdbscanOptions {

    @Option(names = "--min-cluster-size", paramLabel = "N", description = "hdbscan: smallest segment (default: max(5, 1%% of rows)).")
    Integer minClusterSize;

    void applyTo(SegmentOptions.Builder b) {
        b.minClusterSize(minClusterSize);
    }
}
