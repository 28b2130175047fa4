package org.clientele.core.segment;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Expected values from scikit-learn's adjusted_rand_score documentation and outputs. */
class AdjustedRandIndexTest {

    @Test
    void matchesScikitLearnExamples() {
        assertEquals(1.0, AdjustedRandIndex.of(new int[]{0, 0, 1, 1}, new int[]{0, 0, 1, 1}), 1e-12);
        assertEquals(1.0, AdjustedRandIndex.of(new int[]{0, 0, 1, 1}, new int[]{1, 1, 0, 0}), 1e-12);
        assertEquals(0.5714285714285714, AdjustedRandIndex.of(new int[]{0, 0, 1, 2}, new int[]{0, 0, 1, 1}), 1e-12);
        assertEquals(0.5714285714285714, AdjustedRandIndex.of(new int[]{0, 0, 1, 1}, new int[]{0, 0, 1, 2}), 1e-12);
        assertEquals(0.0, AdjustedRandIndex.of(new int[]{0, 0, 0, 0}, new int[]{0, 1, 2, 3}), 1e-12);
        // by hand: contingency [[2,0],[1,1]]: index = 1, row pairs 1+1 = 2, column pairs 3+0 = 3,
        // expected = 2*3/6 = 1, max = 2.5: (1-1)/(2.5-1) = 0
        assertEquals(0.0, AdjustedRandIndex.of(new int[]{0, 0, 1, 1}, new int[]{0, 0, 0, 1}), 1e-12);
    }
}
