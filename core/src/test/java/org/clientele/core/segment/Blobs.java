package org.clientele.core.segment;

import java.util.Random;

/** Seeded test data with a known number of groups. */
final class Blobs {

    private Blobs() {
    }

    /** {@code k} spherical Gaussian groups (unit noise) of {@code perGroup} rows, centers {@code spacing} apart on a line in d dims. */
    static double[][] separated(int k, int perGroup, int d, double spacing, long seed) {
        Random rnd = new Random(seed);
        double[][] x = new double[k * perGroup][d];
        for (int g = 0; g < k; g++) {
            for (int i = 0; i < perGroup; i++) {
                double[] row = x[g * perGroup + i];
                for (int j = 0; j < d; j++) {
                    row[j] = rnd.nextGaussian() + (j == g % d ? spacing * (1 + g / d) : 0);
                }
            }
        }
        return x;
    }

    /** The true group of each row of {@link #separated}. */
    static int[] truth(int k, int perGroup) {
        int[] t = new int[k * perGroup];
        for (int i = 0; i < t.length; i++) {
            t[i] = i / perGroup;
        }
        return t;
    }
}
