package org.clientele.app.cli;

import org.clientele.core.segment.SegmentOptions;
import picocli.CommandLine.Option;

/** k-means, Gaussian mixture and consensus: seeded restarts per k. */
final class RestartOptions {

    @Option(names = "--restarts", defaultValue = "10", paramLabel = "N",
            description = "kmeans/gmm/consensus: seeded restarts per k (default: ${DEFAULT-VALUE}).")
    int restarts;

    void applyTo(SegmentOptions.Builder b) {
        b.restarts(restarts);
    }
}
