package org.clientele.core.segment;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Evidence accumulation over several partitions of the same rows (Fred &amp; Jain 2005, "Combining
 * multiple clusterings using evidence accumulation", IEEE TPAMI 27:835-850): the co-association of two
 * rows is the share of partitions that put them together; the consensus is the average-linkage tree on
 * 1 - co-association, cut into k clusters. Rows with the same labels in every partition ("atoms") have
 * co-association 1, so the tree is built on the atoms weighted by their sizes, which gives exactly the
 * average linkage of the rows without an n x n matrix. Per cluster, the agreement is the mean
 * co-association of its pairs of rows (Monti et al. 2003, "Consensus clustering", Machine Learning
 * 52:91-118, cluster consensus).
 */
final class CoAssociation {

    /** The consensus labels (0..k-1, by first row) and each cluster's agreement. */
    record Result(int[] labels, int k, double[] agreement) {
    }

    private final int[][] partitions;
    private final int n;
    /** atom of each row */
    private final int[] atomOf;
    /** labels of each atom in every partition: atoms x partitions */
    private final int[][] atomLabels;
    private final long[] atomSize;

    /** @param partitions labels per partition (each of the same length), -1 allowed */
    CoAssociation(int[]... partitions) {
        if (partitions.length == 0) {
            throw new IllegalArgumentException("no partitions to combine");
        }
        this.partitions = partitions;
        this.n = partitions[0].length;
        this.atomOf = new int[n];
        Map<String, Integer> ids = new HashMap<>();
        java.util.List<int[]> labels = new java.util.ArrayList<>();
        java.util.List<Long> sizes = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            int[] key = new int[partitions.length];
            for (int p = 0; p < partitions.length; p++) {
                key[p] = partitions[p][i];
            }
            String text = Arrays.toString(key);
            Integer id = ids.get(text);
            if (id == null) {
                id = labels.size();
                ids.put(text, id);
                labels.add(key);
                sizes.add(0L);
            }
            sizes.set(id, sizes.get(id) + 1);
            atomOf[i] = id;
        }
        this.atomLabels = labels.toArray(new int[0][]);
        this.atomSize = sizes.stream().mapToLong(Long::longValue).toArray();
    }

    int atoms() {
        return atomLabels.length;
    }

    /** Share of partitions that put the two atoms together (-1 labels never match). */
    double co(int a, int b) {
        int same = 0;
        for (int p = 0; p < partitions.length; p++) {
            if (atomLabels[a][p] >= 0 && atomLabels[a][p] == atomLabels[b][p]) {
                same++;
            }
        }
        return same / (double) partitions.length;
    }

    /** Average linkage on 1 - co-association, cut into k clusters (fewer if there are fewer atoms). */
    Result cut(int k) {
        int m = atoms();
        double[][] dist = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                dist[a][b] = dist[b][a] = 1 - co(a, b);
            }
        }
        long[] size = atomSize.clone();
        boolean[] alive = new boolean[m];
        Arrays.fill(alive, true);
        int[] clusterOf = new int[m];
        for (int a = 0; a < m; a++) {
            clusterOf[a] = a;
        }
        for (int clusters = m; clusters > k; clusters--) {
            int bi = -1;
            int bj = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                if (!alive[i]) {
                    continue;
                }
                for (int j = i + 1; j < m; j++) {
                    if (alive[j] && dist[i][j] < best) {
                        best = dist[i][j];
                        bi = i;
                        bj = j;
                    }
                }
            }
            // Lance-Williams for average linkage (UPGMA): size-weighted mean of the two distances
            for (int l = 0; l < m; l++) {
                if (alive[l] && l != bi && l != bj) {
                    double d = (size[bi] * dist[bi][l] + size[bj] * dist[bj][l]) / (size[bi] + size[bj]);
                    dist[bi][l] = dist[l][bi] = d;
                }
            }
            size[bi] += size[bj];
            alive[bj] = false;
            for (int a = 0; a < m; a++) {
                if (clusterOf[a] == bj) {
                    clusterOf[a] = bi;
                }
            }
        }
        int[] number = new int[m];
        Arrays.fill(number, -1);
        int[] labels = new int[n];
        int next = 0;
        for (int i = 0; i < n; i++) {
            int root = clusterOf[atomOf[i]];
            if (number[root] < 0) {
                number[root] = next++;
            }
            labels[i] = number[root];
        }
        return new Result(labels, next, agreement(labels, next));
    }

    /** Per cluster of {@code labels}, the mean co-association over its pairs of rows (1 for a single row). */
    double[] agreement(int[] labels, int k) {
        int m = atoms();
        long[][] inCluster = new long[k][m];
        for (int i = 0; i < n; i++) {
            if (labels[i] >= 0) {
                inCluster[labels[i]][atomOf[i]]++;
            }
        }
        double[] out = new double[k];
        for (int c = 0; c < k; c++) {
            double sum = 0;
            double pairs = 0;
            long rows = 0;
            for (int a = 0; a < m; a++) {
                long na = inCluster[c][a];
                rows += na;
                sum += na * (na - 1) / 2.0;
                for (int b = a + 1; b < m; b++) {
                    long nb = inCluster[c][b];
                    if (na > 0 && nb > 0) {
                        sum += na * nb * co(a, b);
                    }
                }
            }
            pairs = rows * (rows - 1) / 2.0;
            out[c] = pairs == 0 ? 1.0 : sum / pairs;
        }
        return out;
    }
}
