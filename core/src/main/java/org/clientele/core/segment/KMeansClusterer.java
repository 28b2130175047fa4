package org.clientele.core.segment;

import org.clientele.core.task.Progress;

/** k-means++ with restarts, keeping the lowest inertia (see {@link LloydKMeans}). */
final class KMeansClusterer implements Clusterer {

    private final Points points;
    private final int restarts;
    private final long seed;
    private final java.util.Map<Integer, double[]> centers = new java.util.HashMap<>();

    KMeansClusterer(Points points, int restarts, long seed) {
        this.points = points;
        this.restarts = restarts;
        this.seed = seed;
    }

    @Override
    public Partition fit(int k, Progress progress) {
        LloydKMeans.Fit f = LloydKMeans.fit(points, k, restarts, seed, progress);
        centers.put(k, f.centers());
        return Partition.hard(k, f.labels(), f.centers());
    }

    @Override
    public int[] predict(int k, Points rows) {
        double[] c = centers.get(k);
        if (c == null) {
            throw new IllegalStateException("no k-means fitted for k=" + k);
        }
        return Assign.nearest(rows, c, k);
    }
}
