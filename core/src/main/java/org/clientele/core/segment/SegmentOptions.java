package org.clientele.core.segment;

import java.util.List;

/**
 * Settings of a segmentation run.
 *
 * @param algorithm       which clustering
 * @param k               clusters wanted, or null to choose from kMin..kMax (ignored by HDBSCAN)
 * @param kMin            smallest k of the sweep (at least 2; by default 3, since two segments rarely make a plan)
 * @param kMax            largest k of the sweep (capped at rows - 1; by default 8, as many as a team can act on)
 * @param restarts        seeded restarts per k (k-means, GMM)
 * @param seed            seed of every random choice; the same input and seed give the same result
 * @param features        feature columns, or null for every column of the input
 * @param transform       log1p skewed non-negative columns, then standardize; false uses raw values
 * @param bootstrap       resamples for the stability estimate (0 skips it)
 * @param minClusterSize  HDBSCAN's minimum cluster size, or null for max(5, n / 100)
 */
public record SegmentOptions(Algorithm algorithm, Integer k, int kMin, int kMax, int restarts, long seed,
                             List<String> features, boolean transform, int bootstrap, Integer minClusterSize) {

    public static final SegmentOptions DEFAULT =
            new SegmentOptions(Algorithm.KMEANS, null, 3, 8, 10, 42, null, true, 10, null);

    public SegmentOptions {
        if (algorithm == null) {
            throw new IllegalArgumentException("algorithm is required");
        }
        if (kMin < 2 || kMax < kMin) {
            throw new IllegalArgumentException("need 2 <= kMin <= kMax, got " + kMin + ".." + kMax);
        }
        if (k != null && k < 2) {
            throw new IllegalArgumentException("k must be at least 2, got " + k);
        }
        if (restarts < 1) {
            throw new IllegalArgumentException("restarts must be at least 1, got " + restarts);
        }
        if (bootstrap < 0) {
            throw new IllegalArgumentException("bootstrap must be >= 0, got " + bootstrap);
        }
        if (minClusterSize != null && minClusterSize < 2) {
            throw new IllegalArgumentException("minClusterSize must be at least 2, got " + minClusterSize);
        }
        features = features == null ? null : List.copyOf(features);
    }

    public static Builder builder() {
        return DEFAULT.toBuilder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds options by name instead of ten positional arguments; starts from the options it was made from. */
    public static final class Builder {
        private Algorithm algorithm;
        private Integer k;
        private int kMin;
        private int kMax;
        private int restarts;
        private long seed;
        private List<String> features;
        private boolean transform;
        private int bootstrap;
        private Integer minClusterSize;

        private Builder(SegmentOptions o) {
            algorithm = o.algorithm;
            k = o.k;
            kMin = o.kMin;
            kMax = o.kMax;
            restarts = o.restarts;
            seed = o.seed;
            features = o.features;
            transform = o.transform;
            bootstrap = o.bootstrap;
            minClusterSize = o.minClusterSize;
        }

        public Builder algorithm(Algorithm a) {
            algorithm = a;
            return this;
        }

        /** @param chosen clusters wanted, or null to choose k from the range */
        public Builder k(Integer chosen) {
            k = chosen;
            return this;
        }

        public Builder kRange(int min, int max) {
            kMin = min;
            kMax = max;
            return this;
        }

        public Builder restarts(int r) {
            restarts = r;
            return this;
        }

        public Builder seed(long s) {
            seed = s;
            return this;
        }

        public Builder features(List<String> names) {
            features = names;
            return this;
        }

        public Builder transform(boolean on) {
            transform = on;
            return this;
        }

        public Builder bootstrap(int resamples) {
            bootstrap = resamples;
            return this;
        }

        public Builder minClusterSize(Integer size) {
            minClusterSize = size;
            return this;
        }

        /** @throws IllegalArgumentException naming the first setting out of range */
        public SegmentOptions build() {
            return new SegmentOptions(algorithm, k, kMin, kMax, restarts, seed, features, transform, bootstrap,
                    minClusterSize);
        }
    }

    public SegmentOptions withAlgorithm(Algorithm a) {
        return new SegmentOptions(a, k, kMin, kMax, restarts, seed, features, transform, bootstrap, minClusterSize);
    }

    public SegmentOptions withK(Integer chosen) {
        return new SegmentOptions(algorithm, chosen, kMin, kMax, restarts, seed, features, transform, bootstrap,
                minClusterSize);
    }

    public SegmentOptions withRange(int min, int max) {
        return new SegmentOptions(algorithm, k, min, max, restarts, seed, features, transform, bootstrap, minClusterSize);
    }

    public SegmentOptions withSeed(long s) {
        return new SegmentOptions(algorithm, k, kMin, kMax, restarts, s, features, transform, bootstrap, minClusterSize);
    }

    public SegmentOptions withFeatures(List<String> names) {
        return new SegmentOptions(algorithm, k, kMin, kMax, restarts, seed, names, transform, bootstrap, minClusterSize);
    }

    public SegmentOptions withTransform(boolean on) {
        return new SegmentOptions(algorithm, k, kMin, kMax, restarts, seed, features, on, bootstrap, minClusterSize);
    }

    public SegmentOptions withBootstrap(int resamples) {
        return new SegmentOptions(algorithm, k, kMin, kMax, restarts, seed, features, transform, resamples,
                minClusterSize);
    }

    public SegmentOptions withRestarts(int r) {
        return new SegmentOptions(algorithm, k, kMin, kMax, r, seed, features, transform, bootstrap, minClusterSize);
    }

    public SegmentOptions withMinClusterSize(Integer size) {
        return new SegmentOptions(algorithm, k, kMin, kMax, restarts, seed, features, transform, bootstrap, size);
    }
}
