package org.clientele.core.segment;

import org.clientele.core.task.Progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Completes a k sweep whose fits were made by another engine (a distributed one such as the Spark module's
 * MLlib k-means) with what needs refits or pairwise distances, computed here on a seeded sample of the
 * transformed rows (all rows when few): the silhouette as scikit-learn defines it (Euclidean), the gap
 * statistic and bootstrap stability, then the same k choice as the in-process engine ({@link KChooser}).
 * The gap's reference sets and the bootstrap refits are clustered by this engine's k-means: both compare
 * shapes, so a sample gives them what they need, and the engine that fitted the data is not asked to run
 * B x K small fits (each a job of its own on a cluster).
 */
public final class ExternalSweep {

    /** Rows of the sample the completion works on: the silhouette's exact limit. */
    public static final int SAMPLE_ROWS = Silhouette.EXACT_LIMIT;

    /**
     * The completed sweep.
     *
     * @param sweep     per k the engine's indices with this sample's silhouette, gap and stability
     * @param choice    k and why
     * @param stability of the chosen k (per segment Jaccard in the engine's numbering)
     * @param elbowK    Kneedle's elbow of the inertia
     */
    public record Completed(List<SweepPoint> sweep, KChoice choice, Stability stability, Integer elbowK) {
    }

    /** One k as the engine fitted it. */
    public record EngineFit(int k, double inertia, double daviesBouldin, double calinskiHarabasz, double bic) {
    }

    private ExternalSweep() {
    }

    /** The silhouette of {@code labels} on the sample rows (exact on them), as scikit-learn computes it. */
    public static double silhouette(double[][] sample, int[] labels) {
        return Silhouette.mean(Points.of(sample), labels, Segmenter.THREADS);
    }

    /**
     * @param sample       transformed rows (a seeded sample of at most {@link #SAMPLE_ROWS}, or all)
     * @param sampleLabels per fit, the engine's labels of the sample rows (0..k-1)
     * @param fits         per k, increasing, the engine's indices over all rows
     * @param o            the run's options: seed, bootstrap resamples, algorithm, and k when the user fixed it
     */
    public static Completed complete(double[][] sample, List<int[]> sampleLabels, List<EngineFit> fits,
                                     SegmentOptions o, Progress progress) {
        if (fits.isEmpty() || fits.size() != sampleLabels.size()) {
            throw new IllegalArgumentException("one set of sample labels per fitted k is needed");
        }
        Points p = Points.of(sample);
        List<Partition> partitions = new ArrayList<>();
        List<SweepPoint> points = new ArrayList<>();
        for (int i = 0; i < fits.size(); i++) {
            EngineFit f = fits.get(i);
            int[] labels = sampleLabels.get(i);
            partitions.add(Partition.hard(f.k(), labels, Centroids.of(p, labels, f.k()).centers()));
            points.add(new SweepPoint(f.k(), f.inertia(), Silhouette.mean(p, labels, Segmenter.THREADS),
                    f.daviesBouldin(), f.calinskiHarabasz(), f.bic()));
        }
        boolean choosing = o.k() == null && fits.size() > 1;
        Integer gapK = null;
        if (choosing) {
            GapStatistic.Result gap = GapStatistic.compute(p, partitions, GapStatistic.REFERENCES, o.seed(),
                    progress.slice(0, 0.4));
            for (int i = 0; i < points.size(); i++) {
                points.set(i, points.get(i).withGap(gap.gap()[i], gap.se()[i]));
            }
            gapK = gap.choose();
        }
        progress.checkCancelled();
        Map<Integer, Stability> stability = Bootstrap.estimate(p, o.algorithm().options(o), partitions, o.bootstrap(),
                o.seed(), progress.slice(0.4, 1));
        for (int i = 0; i < points.size(); i++) {
            points.set(i, points.get(i).withStability(stability.get(points.get(i).k()).meanAri()));
        }
        Integer elbowK = Segmenter.elbow(points);
        KChoice choice = o.k() != null ? KChoice.user(o.k())
                : KChooser.choose(points, elbowK, gapK, o.algorithm() == Algorithm.GMM);
        return new Completed(List.copyOf(points), choice, stability.get(choice.k()), elbowK);
    }

    /** Segment numbers by decreasing size (ties by the engine's number): new id of each engine id. */
    public static int[] sizeOrder(int k, int[] labels) {
        return Segmenter.sizeOrder(Partition.hard(k, labels, new double[0]));
    }

    /** A seeded sample of {@code m} of {@code n} row indices, increasing (all rows when m >= n), as the silhouette draws it. */
    public static int[] sample(int n, int m, long seed) {
        return Points.sample(n, m, seed);
    }

    /** {@code stability} with segment c renumbered {@code newId[c]}. */
    public static Stability renumbered(Stability stability, int[] newId) {
        return stability.renumbered(newId);
    }

    /** Confidence of hard labels: 1 - d1 / d2 (own and nearest other centroid), as the in-process engine gives it. */
    public static double[] marginConfidence(double[][] x, int[] labels, double[][] centers) {
        int d = centers.length == 0 ? 0 : centers[0].length;
        double[] flat = new double[centers.length * d];
        for (int c = 0; c < centers.length; c++) {
            System.arraycopy(centers[c], 0, flat, c * d, d);
        }
        return Assign.marginConfidence(Points.of(x), labels, flat, centers.length);
    }
}
