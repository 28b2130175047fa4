package org.clientele.core.segment;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterIndicesTest {

    private static double[][] oneD(double... v) {
        double[][] x = new double[v.length][1];
        for (int i = 0; i < v.length; i++) {
            x[i][0] = v[i];
        }
        return x;
    }

    @Test
    void twoClustersInOneDimension() {
        double[][] x = oneD(0, 1, 2, 10, 11, 12);
        int[] l = {0, 0, 0, 1, 1, 1};
        // silhouette: row 0: a = (1+2)/2 = 1.5, b = (10+11+12)/3 = 11, s = 9.5/11
        //             row 1: a = 1, b = 10, s = 0.9;  row 2: a = 1.5, b = 9, s = 7.5/9; mirrored for 10..12
        double s = (9.5 / 11 + 0.9 + 7.5 / 9) / 3;
        assertEquals(s, ClusterIndices.silhouette(x, l), 1e-12);
        assertEquals(0.8656565656565657, s, 1e-12); // scikit-learn 1.2 silhouette_score
        // Davies–Bouldin: centroids 1 and 11, scatter (1+0+1)/3 = 2/3 each: (4/3) / 10
        assertEquals(0.13333333333333333, ClusterIndices.daviesBouldin(x, l), 1e-12);
        // Calinski–Harabasz: B = 3*5^2 + 3*5^2 = 150, W = 2 + 2 = 4: (150/1) / (4/4)
        assertEquals(150.0, ClusterIndices.calinskiHarabasz(x, l), 1e-9);
        assertEquals(4.0, ClusterIndices.inertia(x, l), 1e-12);
    }

    @Test
    void singletonClusterHasZeroSilhouette() {
        double[][] x = oneD(0, 1, 2, 10, 11, 30);
        int[] l = {0, 0, 0, 1, 1, 2};
        // rows 0..2: a as above, b = mean distance to {10, 11}: 10.5, 9.5, 8.5
        // rows 3, 4: a = 1, b = min(mean to {0,1,2}, to {30}) = min(9, 20) = 9 and min(10, 19) = 10
        // row 5 is alone: s = 0 (scikit-learn's convention)
        double s = (9 / 10.5 + 8.5 / 9.5 + 7 / 8.5 + 8 / 9.0 + 9 / 10.0 + 0) / 6;
        assertEquals(s, ClusterIndices.silhouette(x, l), 1e-12);
        assertEquals(0.7273829999836191, s, 1e-12); // scikit-learn 1.2
        assertEquals(0.09041835357624829, ClusterIndices.daviesBouldin(x, l), 1e-12);
        assertEquals(382.5, ClusterIndices.calinskiHarabasz(x, l), 1e-9);
    }

    @Test
    void threadedAndSampledSilhouetteAgreeWithBruteForce() {
        Random r = new Random(7);
        int n = 3000;
        double[][] x = new double[n][3];
        int[] l = new int[n];
        for (int i = 0; i < n; i++) {
            l[i] = r.nextInt(4);
            for (int j = 0; j < 3; j++) {
                x[i][j] = l[i] + r.nextGaussian();
            }
        }
        double brute = bruteForce(x, l);
        Points p = Points.of(x);
        assertEquals(brute, Silhouette.mean(p, l, 1), 1e-9);
        assertEquals(brute, Silhouette.mean(p, l, 2), 1e-9);
        Silhouette.Score exact = Silhouette.score(p, l, 10_000, 1, 2);
        assertTrue(!exact.sampled() && exact.sampleSize() == n);
        Silhouette.Score sampled = Silhouette.score(p, l, 1000, 1, 2);
        assertTrue(sampled.sampled());
        assertEquals(1000, sampled.sampleSize());
        assertEquals(brute, sampled.value(), 0.03);
        assertEquals(sampled.value(), Silhouette.score(p, l, 1000, 1, 2).value(), 0); // seeded
    }

    private static double bruteForce(double[][] x, int[] l) {
        int n = x.length;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double[] sum = new double[4];
            int[] cnt = new int[4];
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    double s = 0;
                    for (int f = 0; f < x[i].length; f++) {
                        s += (x[i][f] - x[j][f]) * (x[i][f] - x[j][f]);
                    }
                    sum[l[j]] += Math.sqrt(s);
                    cnt[l[j]]++;
                }
            }
            double a = sum[l[i]] / cnt[l[i]];
            double b = Double.MAX_VALUE;
            for (int c = 0; c < 4; c++) {
                if (c != l[i]) {
                    b = Math.min(b, sum[c] / cnt[c]);
                }
            }
            total += (b - a) / Math.max(a, b);
        }
        return total / n;
    }
}
