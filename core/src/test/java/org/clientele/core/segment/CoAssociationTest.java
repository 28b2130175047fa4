package org.clientele.core.segment;

import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoAssociationTest {

    @Test
    void handComputedConsensusOfThreePartitions() {
        // rows 0-2 always together, rows 4-5 always together; row 3 goes with 0-2 in two of three partitions
        int[] a = {0, 0, 0, 0, 1, 1};
        int[] b = {0, 0, 0, 0, 1, 1};
        int[] c = {0, 0, 0, 1, 1, 1};
        CoAssociation co = new CoAssociation(a, b, c);
        assertEquals(3, co.atoms(), "{0,1,2}, {3}, {4,5}");
        CoAssociation.Result r = co.cut(2);
        assertArrayEquals(new int[] {0, 0, 0, 0, 1, 1}, r.labels());
        // segment 0: pairs among 0-2 have co 1 (3 pairs), pairs with row 3 have 2/3 (3 pairs): (3 + 2) / 6
        assertEquals(5.0 / 6, r.agreement()[0], 1e-12);
        assertEquals(1.0, r.agreement()[1], 1e-12);
        CoAssociation.Result three = co.cut(3);
        assertEquals(3, three.k());
        assertArrayEquals(new double[] {1, 1, 1}, three.agreement(), 1e-12);
    }

    @Test
    void averageLinkageUsesSizeWeightedDistances() {
        // atoms: A={0,1,2} (labels 0,0), B={3} (0,1), C={4} (1,1), D={5} (1,0)
        // d(B,C) = 1/2 and d(A,B) = 1/2 tie at the first merge (first pair wins: A+B),
        // then d(AB, C) = (3*1 + 1*0.5)/4 = 0.875, d(AB, D) = (3*0.5 + 1*1)/4 = 0.625, d(C, D) = 0.5: C+D.
        int[] p = {0, 0, 0, 0, 1, 1};
        int[] q = {0, 0, 0, 1, 1, 0};
        CoAssociation.Result r = new CoAssociation(p, q).cut(2);
        assertArrayEquals(new int[] {0, 0, 0, 0, 1, 1}, r.labels());
    }

    @Test
    void consensusOfAgreeingAlgorithmsIsTheirPartition() {
        double[][] x = Blobs.separated(4, 50, 2, 9, 3);
        Points p = Points.of(x);
        ConsensusOptions o = new ConsensusOptions(new KMeansOptions(3), new GmmOptions(2, 20_000), new WardOptions(5_000));
        ConsensusClusterer c = (ConsensusClusterer) o.build(p, 42);
        Partition part = c.fit(4, Progress.NONE);
        assertEquals(1.0, AdjustedRandIndex.of(Blobs.truth(4, 50), part.labels()), 1e-12);
        for (double agreement : c.detail(4).agreement()) {
            assertEquals(1.0, agreement, 1e-12);
        }
        assertArrayEquals(part.labels(), c.predict(4, p));
        ConsensusSummary s = ConsensusSummary.of(c.detail(4), part.labels(), 4, new int[] {0, 1, 2, 3});
        assertEquals(3, s.pairwiseAri().size());
        assertTrue(s.pairwiseAri().stream().allMatch(pa -> pa.ari() == 1.0));
    }
}
