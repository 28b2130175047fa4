package org.clientele.core.segment;

import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GapStatisticTest {

    private static GapStatistic.Result gap(double[][] x, int kMin, int kMax) {
        Points p = Points.of(x);
        Clusterer kmeans = new KMeansClusterer(p, 5, 7);
        List<Partition> parts = new ArrayList<>();
        for (int k = kMin; k <= kMax; k++) {
            parts.add(kmeans.fit(k, Progress.NONE));
        }
        return GapStatistic.compute(p, parts, GapStatistic.REFERENCES, 11, Progress.NONE);
    }

    @Test
    void findsTheNumberOfWellSeparatedGroups() {
        // Tibshirani et al. (2001) recover k for separated spherical groups; so must we, for 3, 4 and 5 groups
        for (int k = 3; k <= 5; k++) {
            GapStatistic.Result r = gap(Blobs.separated(k, 60, 3, 8, k), 2, 8);
            assertEquals(k, r.choose(), "groups: " + k);
            int at = k - 2;
            assertTrue(r.gap()[at] > r.gap()[at - 1], "gap rises up to the true k");
        }
    }

    @Test
    void standardErrorFollowsThePaper() {
        GapStatistic.Result r = gap(Blobs.separated(3, 40, 2, 8, 1), 2, 4);
        for (double se : r.se()) {
            assertTrue(se > 0 && se < 0.2, "s_k = sd * sqrt(1 + 1/B), small for 120 rows: " + se);
        }
    }

    @Test
    void ruleTakesTheSmallestKWithinOneStandardErrorOfTheNext() {
        GapStatistic.Result r = new GapStatistic.Result(new int[] {2, 3, 4, 5}, new double[] {0.5, 0.9, 0.95, 1.2},
                new double[] {0.1, 0.1, 0.1, 0.1});
        // 0.5 < 0.9 - 0.1; 0.9 >= 0.95 - 0.1: k = 3
        assertEquals(3, r.choose());
        GapStatistic.Result rising = new GapStatistic.Result(new int[] {2, 3, 4}, new double[] {0.1, 0.5, 0.9},
                new double[] {0.01, 0.01, 0.01});
        assertEquals(4, rising.choose(), "no k satisfies the rule: the largest gap");
    }

    @Test
    void uniformDataHasNoGap() {
        Random rnd = new Random(3);
        double[][] x = new double[300][2];
        for (double[] row : x) {
            row[0] = rnd.nextDouble();
            row[1] = rnd.nextDouble();
        }
        GapStatistic.Result r = gap(x, 2, 6);
        for (double g : r.gap()) {
            // the principal-axes box of a square is tilted, so the reference is wider by a constant factor:
            // the gap is flat in k, not zero
            assertTrue(Math.abs(g - r.gap()[0]) < 0.1, "no k stands out on structureless data: " + g);
        }
        assertEquals(2, r.choose());
    }
}
