package org.clientele.core.segment;

import org.clientele.core.task.Progress;
import org.tribuo.Dataset;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.clustering.ClusterID;
import org.tribuo.clustering.ClusteringFactory;
import org.tribuo.clustering.kmeans.KMeansModel;
import org.tribuo.clustering.kmeans.KMeansTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.distance.L2Distance;
import org.tribuo.math.la.DenseVector;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import java.util.List;

/**
 * k-means++ through Tribuo's KMeansTrainer (PLUSPLUS initialisation), several seeded restarts, lowest
 * inertia kept. Kept as the measured reference for {@link LloydKMeans}: SegmentBenchmark runs both.
 */
final class TribuoKMeans implements Clusterer {

    private final Points points;
    private final Dataset<ClusterID> dataset;
    private final int restarts;
    private final long seed;

    TribuoKMeans(Points points, int restarts, long seed) {
        this.points = points;
        this.restarts = restarts;
        this.seed = seed;
        this.dataset = toDataset(points);
    }

    static Dataset<ClusterID> toDataset(Points p) {
        ClusteringFactory factory = new ClusteringFactory();
        MutableDataset<ClusterID> ds = new MutableDataset<>(
                new SimpleDataSourceProvenance("clientele", factory), factory);
        String[] names = featureNames(p.d);
        for (int i = 0; i < p.n; i++) {
            ds.add(new ArrayExample<>(ClusteringFactory.UNASSIGNED_CLUSTER_ID, names, p.row(i)));
        }
        return ds;
    }

    static String[] featureNames(int d) {
        String[] names = new String[d];
        for (int j = 0; j < d; j++) {
            // zero-padded so that Tribuo's sorted feature order equals column order
            names[j] = String.format("f%04d", j);
        }
        return names;
    }

    @Override
    public Partition fit(int k, Progress progress) {
        Partition best = null;
        double bestInertia = Double.POSITIVE_INFINITY;
        for (int r = 0; r < restarts; r++) {
            progress.checkCancelled();
            KMeansTrainer trainer = new KMeansTrainer(k, LloydKMeans.MAX_ITERATIONS, new L2Distance(),
                    KMeansTrainer.Initialisation.PLUSPLUS, 1, LloydKMeans.restartSeed(seed, k, r));
            KMeansModel model = trainer.train(dataset);
            DenseVector[] cv = model.getCentroidVectors();
            double[] centers = new double[k * p().d];
            for (int c = 0; c < k; c++) {
                for (int j = 0; j < p().d; j++) {
                    centers[c * p().d + j] = cv[c].get(j);
                }
            }
            List<Prediction<ClusterID>> preds = model.predict(dataset);
            int[] labels = new int[points.n];
            for (int i = 0; i < points.n; i++) {
                labels[i] = preds.get(i).getOutput().getID();
            }
            double inertia = ClusterIndices.inertia(points, labels, centers);
            if (inertia < bestInertia) {
                bestInertia = inertia;
                best = Partition.hard(k, labels, centers);
            }
            progress.update((r + 1.0) / restarts, "k=" + k + ": restart " + (r + 1) + " of " + restarts);
        }
        fitted.put(k, best.centers());
        return best;
    }

    @Override
    public int[] predict(int k, Points rows) {
        double[] c = fitted.get(k);
        if (c == null) {
            throw new IllegalStateException("no k-means fitted for k=" + k);
        }
        return Assign.nearest(rows, c, k);
    }

    private final java.util.Map<Integer, double[]> fitted = new java.util.HashMap<>();

    private Points p() {
        return points;
    }
}
