package org.clientele.core.segment;

import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusteringAlgorithmsTest {

    /** Blobs around the given centers with the given noise; truth[i] = blob of row i. */
    private static double[][] blobs(double[][] centers, int perBlob, double noise, long seed, int[] truth) {
        Random r = new Random(seed);
        int d = centers[0].length;
        double[][] x = new double[centers.length * perBlob][d];
        for (int i = 0; i < x.length; i++) {
            int c = i % centers.length;
            truth[i] = c;
            for (int j = 0; j < d; j++) {
                x[i][j] = centers[c][j] + noise * r.nextGaussian();
            }
        }
        return x;
    }

    private static final double[][] CENTERS = {{0, 0}, {10, 0}, {0, 10}, {10, 10}};

    @Test
    void kMeansRecoversSeparatedBlobs() {
        int[] truth = new int[400];
        Points p = Points.of(blobs(CENTERS, 100, 1, 1, truth));
        LloydKMeans.Fit f = LloydKMeans.fit(p, 4, 10, 42, Progress.NONE);
        assertEquals(1.0, AdjustedRandIndex.of(truth, f.labels()), 0);
        assertEquals(ClusterIndices.inertia(p, f.labels(), Centroids.of(p, f.labels(), 4).centers()), f.inertia(), 1e-6);
        // the same seed gives the same result
        assertArrayEquals(f.labels(), LloydKMeans.fit(p, 4, 10, 42, Progress.NONE).labels());
    }

    @Test
    void tribuoKMeansAgreesOnSeparatedBlobs() {
        int[] truth = new int[400];
        Points p = Points.of(blobs(CENTERS, 100, 1, 2, truth));
        Partition part = new TribuoKMeans(p, 3, 42).fit(4, Progress.NONE);
        assertEquals(1.0, AdjustedRandIndex.of(truth, part.labels()), 0);
    }

    @Test
    void gaussianMixtureSeparatesTwoGaussians() {
        int[] truth = new int[600];
        double[][] x = blobs(new double[][]{{0, 0}, {6, 3}}, 300, 1, 3, truth);
        GmmClusterer gmm = new GmmClusterer(Points.of(x), 3, 42, 20_000);
        Partition part = gmm.fit(2, Progress.NONE);
        assertEquals(1.0, AdjustedRandIndex.of(truth, part.labels()), 0);
        double[][] memberships = gmm.memberships(2);
        for (int i = 0; i < x.length; i++) {
            assertEquals(1.0, memberships[i][0] + memberships[i][1], 1e-9);
            assertTrue(memberships[i][part.labels()[i]] >= 0.5);
        }
        double[] means = part.centers();
        double[] first = means[0] < 3 ? new double[]{means[0], means[1]} : new double[]{means[2], means[3]};
        assertArrayEquals(new double[]{0, 0}, first, 0.2);
        // BIC prefers 2 components to 1 and to 4 on two Gaussians
        GmmClusterer g = new GmmClusterer(Points.of(x), 3, 42, 20_000);
        double bic2 = g.fit(2, Progress.NONE).bic();
        assertTrue(bic2 < g.fit(1, Progress.NONE).bic());
        assertTrue(bic2 < g.fit(4, Progress.NONE).bic());
    }

    @Test
    void gaussianMixtureSurvivesADegenerateCluster() {
        // 50 identical rows form a component with zero variance: regularisation keeps it fittable
        double[][] x = new double[150][2];
        Random r = new Random(4);
        for (int i = 50; i < 150; i++) {
            x[i] = new double[]{5 + r.nextGaussian(), 5 + r.nextGaussian()};
        }
        Partition part = new GmmClusterer(Points.of(x), 2, 42, 20_000).fit(2, Progress.NONE);
        int[] truth = new int[150];
        Arrays.fill(truth, 50, 150, 1);
        assertEquals(1.0, AdjustedRandIndex.of(truth, part.labels()), 0);
    }

    @Test
    void hdbscanFlagsPlantedOutliers() {
        int[] truth = new int[300];
        double[][] blobs = blobs(new double[][]{{0, 0}, {20, 20}, {0, 20}}, 100, 1, 5, truth);
        double[][] outliers = {{10, 10}, {-15, 40}, {40, -15}, {35, 35}, {10, -12}};
        double[][] x = Arrays.copyOf(blobs, 305);
        System.arraycopy(outliers, 0, x, 300, 5);
        Partition part = HdbscanClusterer.fit(Points.of(x), 10, 5_000, 42, Progress.NONE);
        assertEquals(3, part.k());
        for (int i = 300; i < 305; i++) {
            assertEquals(-1, part.labels()[i], "planted outlier " + i);
        }
        int[] inliers = Arrays.copyOf(part.labels(), 300);
        assertTrue(Arrays.stream(inliers).filter(l -> l < 0).count() <= 6, "few blob rows called noise");
        int[] kept = java.util.stream.IntStream.range(0, 300).filter(i -> inliers[i] >= 0).toArray();
        assertEquals(1.0, AdjustedRandIndex.of(Silhouette.pick(truth, kept), Silhouette.pick(inliers, kept)), 0);
    }

    @Test
    void wardOnBlobsAndSampledWard() {
        int[] truth = new int[400];
        Points p = Points.of(blobs(CENTERS, 100, 1, 6, truth));
        assertEquals(1.0, AdjustedRandIndex.of(truth, new WardClusterer(p, 5_000, 42).fit(4, Progress.NONE).labels()), 0);
        WardClusterer sampled = new WardClusterer(p, 100, 42);
        assertTrue(sampled.sampled());
        assertEquals(1.0, AdjustedRandIndex.of(truth, sampled.fit(4, Progress.NONE).labels()), 0);
    }

    @Test
    void pcaFindsTheKnownPrincipalAxis() {
        // rows spread along (1, 1)/sqrt 2 with a little noise across it
        Random r = new Random(8);
        double[][] x = new double[500][2];
        for (int i = 0; i < x.length; i++) {
            double t = 5 * r.nextGaussian();
            double s = 0.1 * r.nextGaussian();
            x[i] = new double[]{3 + t + s, -1 + t - s};
        }
        Pca.Result pca = Pca.fit(x, 3);
        assertEquals(2, pca.components());
        double h = Math.sqrt(0.5);
        assertArrayEquals(new double[]{h, h}, pca.loadings()[0], 1e-3);
        assertEquals(1.0, pca.explainedVarianceRatio()[0] + pca.explainedVarianceRatio()[1], 1e-12);
        assertTrue(pca.explainedVarianceRatio()[0] > 0.999);
        // coordinate on PC1 = centered projection
        double expected = (x[0][0] - pca.means()[0]) * pca.loadings()[0][0] + (x[0][1] - pca.means()[1]) * pca.loadings()[0][1];
        assertEquals(expected, pca.coordinates()[0][0], 1e-12);
        // exact case: variance 4 along x, 1 along y -> ratios 0.8, 0.2 and axes e_x, e_y
        double[][] cross = {{2, 0}, {-2, 0}, {0, 1}, {0, -1}};
        Pca.Result c = Pca.fit(cross, 2);
        assertArrayEquals(new double[]{0.8, 0.2}, c.explainedVarianceRatio(), 1e-12);
        assertArrayEquals(new double[]{1, 0}, c.loadings()[0], 1e-12);
        assertArrayEquals(new double[]{0, 1}, c.loadings()[1], 1e-12);
    }
}
