package org.clientele.core.segment;

import org.clientele.core.task.Progress;
import org.tribuo.Dataset;
import org.tribuo.Prediction;
import org.tribuo.clustering.ClusterID;
import org.tribuo.clustering.ClusteringFactory;
import org.tribuo.clustering.hdbscan.HdbscanModel;
import org.tribuo.clustering.hdbscan.HdbscanTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.distance.L2Distance;
import org.tribuo.math.neighbour.NeighboursQueryFactoryType;

import java.util.List;
import java.util.TreeSet;

/**
 * HDBSCAN (Campello, Moulavi &amp; Sander 2013) through Tribuo's HdbscanTrainer. Tribuo's noise label 0
 * becomes -1; its cluster ids are renumbered 0..k-1 in increasing order. Above {@code fitLimit} rows,
 * a seeded sample is clustered and the other rows are assigned with the model's predict (which may
 * also call them noise).
 */
final class HdbscanClusterer {

    /** Tribuo's label for noise points. */
    private static final int TRIBUO_NOISE = 0;
    /** Neighbours for the core distance (Tribuo's default). */
    static final int CORE_NEIGHBOURS = 5;

    private HdbscanClusterer() {
    }

    /** Default minimum cluster size: max(5, n / 100). */
    static int defaultMinClusterSize(int n) {
        return Math.max(5, n / 100);
    }

    static Partition fit(Points all, int minClusterSize, int fitLimit, long seed, Progress progress) {
        boolean sampled = all.n > fitLimit;
        int[] idx = sampled ? Points.sample(all.n, fitLimit, seed) : null;
        Points fitRows = sampled ? all.subset(idx) : all;
        progress.update(0.05, "HDBSCAN on " + fitRows.n + " rows");
        Dataset<ClusterID> data = TribuoKMeans.toDataset(fitRows);
        HdbscanTrainer trainer = new HdbscanTrainer(minClusterSize, new L2Distance(),
                Math.min(CORE_NEIGHBOURS, Math.max(1, fitRows.n - 1)), 1, NeighboursQueryFactoryType.KD_TREE);
        HdbscanModel model = trainer.train(data);
        progress.checkCancelled();
        int[] raw = new int[all.n];
        if (sampled) {
            List<Integer> fitted = model.getClusterLabels();
            String[] names = TribuoKMeans.featureNames(all.d);
            int j = 0;
            for (int i = 0; i < all.n; i++) {
                if (j < idx.length && idx[j] == i) {
                    raw[i] = fitted.get(j++);
                } else {
                    Prediction<ClusterID> pr = model.predict(
                            new ArrayExample<>(ClusteringFactory.UNASSIGNED_CLUSTER_ID, names, all.row(i)));
                    raw[i] = pr.getOutput().getID();
                }
                if ((i & 0xFFFF) == 0) {
                    progress.checkCancelled();
                }
            }
        } else {
            List<Integer> fitted = model.getClusterLabels();
            for (int i = 0; i < all.n; i++) {
                raw[i] = fitted.get(i);
            }
        }
        TreeSet<Integer> ids = new TreeSet<>();
        for (int r : raw) {
            if (r != TRIBUO_NOISE) {
                ids.add(r);
            }
        }
        List<Integer> order = List.copyOf(ids);
        int[] labels = new int[all.n];
        for (int i = 0; i < all.n; i++) {
            labels[i] = raw[i] == TRIBUO_NOISE ? -1 : order.indexOf(raw[i]);
        }
        int k = order.size();
        return Partition.hard(k, labels, Centroids.of(all, labels, k).centers());
    }
}
