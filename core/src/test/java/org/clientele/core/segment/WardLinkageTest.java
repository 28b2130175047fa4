package org.clientele.core.segment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Heights use scipy's ward convention: sqrt(2 |A||B| / (|A|+|B|)) |c_A - c_B|. */
class WardLinkageTest {

    private static double[][] oneD(double... v) {
        double[][] x = new double[v.length][1];
        for (int i = 0; i < v.length; i++) {
            x[i][0] = v[i];
        }
        return x;
    }

    @Test
    void mergeHeightsByHand() {
        // 0, 1, 3, 7: {0,1} at 1; {0,1} (centroid 0.5) + {3}: sqrt(2*2*1/3 * 2.5^2) = sqrt(25/3);
        // {0,1,3} (centroid 4/3) + {7}: sqrt(2*3*1/4 * (17/3)^2) = sqrt(867/18)
        WardLinkage.Dendrogram t = WardLinkage.of(oneD(0, 1, 3, 7));
        List<WardLinkage.Merge> m = t.merges();
        assertEquals(new WardLinkage.Merge(0, 1, 1.0, 2), m.get(0));
        assertEquals(new WardLinkage.Merge(2, 4, Math.sqrt(25.0 / 3), 3), m.get(1));
        assertEquals(new WardLinkage.Merge(3, 5, Math.sqrt(867.0 / 18), 4), m.get(2));
        assertEquals(2.88675135, m.get(1).height(), 1e-8); // scipy.cluster.hierarchy.linkage(..., "ward")
        assertEquals(6.94022094, m.get(2).height(), 1e-8);
    }

    @Test
    void matchesScipyLinkageMatrix() {
        // scipy 1.10 linkage([[0],[1],[3],[7],[7.5],[20]], "ward"):
        double[][] scipy = {{3, 4, 0.5, 2}, {0, 1, 1, 2}, {2, 7, 2.88675135, 3}, {6, 8, 9.16606059, 5},
                {5, 9, 21.04320951, 6}};
        List<WardLinkage.Merge> m = WardLinkage.of(oneD(0, 1, 3, 7, 7.5, 20)).merges();
        for (int i = 0; i < scipy.length; i++) {
            assertEquals(scipy[i][0], m.get(i).left(), "merge " + i);
            assertEquals(scipy[i][1], m.get(i).right(), "merge " + i);
            assertEquals(scipy[i][2], m.get(i).height(), 1e-8, "merge " + i);
            assertEquals(scipy[i][3], m.get(i).size(), "merge " + i);
        }
    }

    @Test
    void cutsIntoKClusters() {
        WardLinkage.Dendrogram t = WardLinkage.of(oneD(0, 1, 3, 7, 7.5, 20));
        assertArrayEquals(new int[]{0, 0, 0, 1, 1, 2}, t.cut(3));
        assertArrayEquals(new int[]{0, 0, 0, 0, 0, 1}, t.cut(2));
        assertArrayEquals(new int[]{0, 1, 2, 3, 4, 5}, t.cut(6));
    }
}
