package org.clientele.core.predict;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FoldsTest {

    @Test
    void stratifiedFoldsPartitionTheRowsAndKeepClassShares() {
        int[] y = new int[100];
        for (int i = 0; i < 100; i++) {
            y[i] = i < 80 ? 0 : 1; // 80/20
        }
        List<Split> folds = Folds.stratifiedKFold(y, 5, 7);
        int[] seen = new int[100];
        for (Split s : folds) {
            assertEquals(100, s.train().length + s.test().length);
            long minority = Arrays.stream(s.test()).filter(i -> y[i] == 1).count();
            assertEquals(4, minority, "each fold holds a fifth of the minority class");
            for (int i : s.test()) {
                seen[i]++;
            }
        }
        int[] once = new int[100];
        Arrays.fill(once, 1);
        assertArrayEquals(once, seen, "every row is held out exactly once");
    }

    @Test
    void splitsAreSeededAndDisjoint() {
        Split a = Folds.holdout(50, 0.2, 1);
        Split b = Folds.holdout(50, 0.2, 1);
        assertArrayEquals(a.test(), b.test());
        assertEquals(10, a.test().length);
        assertThrows(IllegalArgumentException.class, () -> new Split(new int[]{1, 2}, new int[]{2}));
    }

    @Test
    void stratifiedHoldoutTakesAShareOfEachClass() {
        int[] y = new int[50];
        for (int i = 0; i < 50; i++) {
            y[i] = i % 5 == 0 ? 1 : 0; // 40 / 10
        }
        Split s = Folds.stratifiedHoldout(y, 0.2, 3);
        assertEquals(8, Arrays.stream(s.test()).filter(i -> y[i] == 0).count());
        assertEquals(2, Arrays.stream(s.test()).filter(i -> y[i] == 1).count());
    }

    @Test
    void repeatedKFoldIsKIndependentPartitionsStartingWithThePlainOne() {
        List<Split> folds = Folds.repeatedKFold(23, 5, 3, 9);
        assertEquals(15, folds.size());
        List<Split> plain = Folds.kFold(23, 5, 9);
        for (int f = 0; f < 5; f++) {
            assertArrayEquals(plain.get(f).test(), folds.get(f).test());
        }
        for (int r = 0; r < 3; r++) {
            int[] seen = new int[23];
            for (Split s : folds.subList(5 * r, 5 * r + 5)) {
                for (int i : s.test()) {
                    seen[i]++;
                }
                assertEquals(23, s.test().length + s.train().length);
            }
            for (int c : seen) {
                assertEquals(1, c, "each repeat tests every row once");
            }
        }
        assertFalse(Arrays.equals(folds.get(0).test(), folds.get(5).test()), "repeats differ");
    }
}
