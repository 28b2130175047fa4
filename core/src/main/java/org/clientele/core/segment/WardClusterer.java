package org.clientele.core.segment;

import org.clientele.core.task.Progress;

/**
 * Ward partitions cut from one dendrogram, built lazily on the first k and reused for every other k.
 * Above {@code fitLimit} rows the dendrogram is built on a seeded sample and the other rows go to the
 * nearest centroid of the sample's clusters.
 */
final class WardClusterer implements Clusterer {

    private final Points all;
    private final int[] sampleIdx;
    private final Points fitRows;
    private WardLinkage.Dendrogram tree;
    private final java.util.Map<Integer, double[]> centers = new java.util.HashMap<>();

    WardClusterer(Points all, int fitLimit, long seed) {
        this.all = all;
        this.sampleIdx = all.n > fitLimit ? Points.sample(all.n, fitLimit, seed) : null;
        this.fitRows = sampleIdx == null ? all : all.subset(sampleIdx);
    }

    boolean sampled() {
        return sampleIdx != null;
    }

    @Override
    public java.util.List<String> notes() {
        return sampled() ? java.util.List.of(String.format(java.util.Locale.ROOT, "Ward linkage ran on a seeded "
                + "sample of %,d rows; the other rows were assigned to the nearest segment centroid", fitRows.n))
                : java.util.List.of();
    }

    @Override
    public int fitRowCount(Points ignored) {
        return fitRows.n;
    }

    @Override
    public Partition fit(int k, Progress progress) {
        if (tree == null) {
            progress.update(0, "building the Ward dendrogram on " + fitRows.n + " rows");
            tree = WardLinkage.of(fitRows, progress);
        }
        int[] fitted = tree.cut(k);
        Centroids c = Centroids.of(fitRows, fitted, k);
        centers.put(k, c.centers());
        if (sampleIdx == null) {
            return Partition.hard(k, fitted, c.centers());
        }
        return Partition.hard(k, Assign.nearest(all, c.centers(), k), c.centers());
    }

    @Override
    public int[] predict(int k, Points rows) {
        double[] c = centers.get(k);
        if (c == null) {
            throw new IllegalStateException("no Ward partition cut for k=" + k);
        }
        return Assign.nearest(rows, c, k);
    }
}
