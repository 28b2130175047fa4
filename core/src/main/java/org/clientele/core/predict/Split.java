package org.clientele.core.predict;

import java.util.Arrays;

/**
 * Disjoint training and held-out row indices. The constructor refuses overlap, so no metric computed
 * on {@code test} rows can come from a model that saw them.
 */
public record Split(int[] train, int[] test) {

    public Split {
        train = train.clone();
        test = test.clone();
        int max = -1;
        for (int i : train) {
            max = Math.max(max, i);
        }
        for (int i : test) {
            max = Math.max(max, i);
        }
        boolean[] seen = new boolean[max + 1];
        for (int i : train) {
            seen[i] = true;
        }
        for (int i : test) {
            if (seen[i]) {
                throw new IllegalArgumentException("row " + i + " is in both the training and the held-out rows");
            }
        }
    }

    /** The rows of {@code inner} re-expressed through {@code outer} (for folds inside a training part). */
    public Split mapThrough(int[] outer) {
        return new Split(Arrays.stream(train).map(i -> outer[i]).toArray(),
                Arrays.stream(test).map(i -> outer[i]).toArray());
    }
}
