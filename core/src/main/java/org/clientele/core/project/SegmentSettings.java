package org.clientele.core.project;

import org.clientele.core.segment.Algorithm;
import org.clientele.core.segment.SegmentOptions;

import java.util.List;

/** The segmentation settings of a saved analysis, in plain JSON terms (the algorithm by its label). */
public record SegmentSettings(String algorithm, Integer k, int kMin, int kMax, int restarts, long seed,
                              List<String> features, boolean transform, int bootstrap, Integer minClusterSize) {

    public static SegmentSettings of(SegmentOptions o) {
        return new SegmentSettings(o.algorithm().label(), o.k(), o.kMin(), o.kMax(), o.restarts(), o.seed(),
                o.features(), o.transform(), o.bootstrap(), o.minClusterSize());
    }

    public SegmentOptions toOptions() {
        return SegmentOptions.DEFAULT.withAlgorithm(Algorithm.parse(algorithm)).withRange(kMin, kMax).withK(k)
                .withRestarts(restarts).withSeed(seed).withFeatures(features).withTransform(transform)
                .withBootstrap(bootstrap).withMinClusterSize(minClusterSize);
    }
}
