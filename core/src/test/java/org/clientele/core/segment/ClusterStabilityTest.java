package org.clientele.core.segment;

import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterStabilityTest {

    @Test
    void jaccardOfEachClusterWithItsBestMatch() {
        // hand-computed: cluster 0 = {0,1,2}, best match {0,1} -> 2/3; cluster 1 = {3,4,5}, best {2,3,4,5} -> 3/4
        int[] ref = {0, 0, 0, 1, 1, 1};
        int[] other = {0, 0, 1, 1, 1, 1};
        boolean[] all = {true, true, true, true, true, true};
        assertArrayEquals(new double[] {2.0 / 3, 3.0 / 4}, Bootstrap.jaccard(ref, 2, other, 2, all), 1e-12);
        // rows not drawn into the resample do not count (Hennig compares on the resample's points)
        boolean[] drawn = {true, true, false, true, true, false};
        assertArrayEquals(new double[] {1.0, 1.0}, Bootstrap.jaccard(ref, 2, other, 2, drawn), 1e-12);
    }

    @Test
    void aSeparatedSegmentIsStableAndASplitByNoiseIsNot() {
        // 100 rows of a tight group far away, and 150 of a round 3-d Gaussian cloud that three-means must cut
        // in two along a direction only noise decides (Hennig's "split by noise")
        Random rnd = new Random(5);
        int n = 250;
        double[][] x = new double[n][3];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = i < 100 ? (j == 0 ? 30 : 0) + 0.5 * rnd.nextGaussian() : 2 * rnd.nextGaussian();
            }
        }
        Points p = Points.of(x);
        Partition ref = new KMeansClusterer(p, 5, 1).fit(3, Progress.NONE);
        int separated = ref.labels()[0];
        Stability s = Bootstrap.estimate(p, new KMeansOptions(5), 3, ref.labels(), 20, 9, Progress.NONE);
        assertEquals(3, s.segmentJaccard().length);
        assertEquals(20, s.resamples());
        for (int c = 0; c < 3; c++) {
            if (c == separated) {
                assertTrue(s.segment(c) > 0.97, "the separated group: " + s.segment(c));
            } else {
                assertTrue(s.segment(c) < 0.7, "a half of the cloud is not a stable segment: " + s.segment(c));
            }
        }
    }

    @Test
    void renumberingFollowsTheSegments() {
        Stability s = new Stability(0.9, 0.01, 10, 100, new double[] {0.5, 0.9, 0.7});
        Stability r = s.renumbered(new int[] {2, 0, 1});
        assertArrayEquals(new double[] {0.9, 0.7, 0.5}, r.segmentJaccard(), 0);
    }
}
