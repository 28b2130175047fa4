package org.clientele.core.segment;

/** Computes a {@link SweepPoint} for a partition; silhouette exact up to a limit, sampled beyond. */
final class SweepScorer {

    private final Points points;
    private final long seed;
    private final int threads;
    private final int silhouetteLimit;

    SweepScorer(Points points, long seed, int threads, int silhouetteLimit) {
        this.points = points;
        this.seed = seed;
        this.threads = threads;
        this.silhouetteLimit = silhouetteLimit;
    }

    Silhouette.Score silhouette(Partition part) {
        // the same seed for every k: the sampled silhouettes of a sweep are computed on the same rows
        return Silhouette.score(points, part.labels(), silhouetteLimit, seed, threads);
    }

    SweepPoint score(Partition part) {
        Centroids c = Centroids.of(points, part.labels(), part.k());
        double inertia = ClusterIndices.inertia(points, part.labels(), c.centers());
        double sil = silhouette(part).value();
        return new SweepPoint(part.k(), inertia, sil, ClusterIndices.daviesBouldin(points, part.labels(), c),
                ClusterIndices.calinskiHarabasz(points, part.labels(), c), part.bic());
    }
}
