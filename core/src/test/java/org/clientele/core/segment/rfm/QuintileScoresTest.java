package org.clientele.core.segment.rfm;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QuintileScoresTest {

    // Hand-computed as pandas does it: rank(method='first') gives the four 1s ranks 1–4 in order of
    // appearance (rows 1, 2, 4, 7), the 2s ranks 5–6 (rows 5, 9), then 3→7, 5→8, 8→9, 13→10; the rank
    // quantile edges for n = 10 are 1, 2.8, 4.6, 6.4, 8.2, 10, so ranks 1–2 score 1, 3–4 → 2, 5–6 → 3,
    // 7–8 → 4, 9–10 → 5.
    private static final double[] VALUES = {3, 1, 1, 5, 1, 2, 13, 1, 8, 2};

    @Test
    void tenRowsWithTiesLikePandasQcutOnFirstRanks() {
        assertArrayEquals(new int[] {4, 1, 1, 4, 2, 3, 5, 2, 5, 3}, QuintileScores.score(VALUES, true));
    }

    @Test
    void recencyScoresReverseSoTheMostRecentScoreFive() {
        assertArrayEquals(new int[] {2, 5, 5, 2, 4, 3, 1, 4, 1, 3}, QuintileScores.score(VALUES, false));
    }

    @Test
    void unevenCountsFollowTheRankQuantileEdges() {
        // n = 7: edges 1, 2.2, 3.4, 4.6, 5.8, 7 -> ranks 1,2 | 3 | 4 | 5 | 6,7
        assertArrayEquals(new int[] {1, 1, 2, 3, 4, 5, 5},
                QuintileScores.score(new double[] {10, 20, 30, 40, 50, 60, 70}, true));
        int[] counts = new int[6];
        for (int s : QuintileScores.score(new double[1000], true)) { // all tied: still equal fifths
            counts[s]++;
        }
        assertArrayEquals(new int[] {0, 200, 200, 200, 200, 200}, counts);
    }

    @Test
    void rejectsMissingValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuintileScores.score(new double[] {1, Double.NaN}, true));
        assertEquals("value NaN at row 2 cannot be scored: RFM needs a number for every customer", e.getMessage());
    }
}
