package org.clientele.core.segment;

import org.clientele.core.task.Progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Agglomerative clustering with Ward's criterion by the nearest-neighbour chain algorithm (Murtagh 1983;
 * Müllner 2011, "Modern hierarchical, agglomerative clustering algorithms", NN-chain-linkage), with the
 * Lance–Williams update for Ward on squared distances. Heights follow scipy's {@code linkage(method="ward")}:
 * height = sqrt(2 |A||B| / (|A|+|B|)) x |c_A - c_B|, i.e. the Euclidean distance for two single rows.
 * O(n^2) time and n(n-1)/2 doubles of memory.
 */
public final class WardLinkage {

    /** One merge, in scipy's linkage-matrix form: ids below n are rows, n + i is the cluster of merge i. */
    public record Merge(int left, int right, double height, int size) {
    }

    /** Merges sorted by height (n - 1 of them for n rows). */
    public record Dendrogram(int rows, List<Merge> merges) {

        /** Labels 0..k-1 of the cut into k clusters, numbered in order of each cluster's first row. */
        public int[] cut(int k) {
            if (k < 1 || k > rows) {
                throw new IllegalArgumentException("cannot cut " + rows + " rows into " + k + " clusters");
            }
            int[] parent = new int[2 * rows - 1];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
            for (int m = 0; m < rows - k; m++) {
                Merge g = merges.get(m);
                parent[find(parent, g.left())] = rows + m;
                parent[find(parent, g.right())] = rows + m;
            }
            int[] labels = new int[rows];
            int[] numberOf = new int[2 * rows - 1];
            Arrays.fill(numberOf, -1);
            int next = 0;
            for (int i = 0; i < rows; i++) {
                int root = find(parent, i);
                if (numberOf[root] < 0) {
                    numberOf[root] = next++;
                }
                labels[i] = numberOf[root];
            }
            return labels;
        }

        private static int find(int[] parent, int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }
    }

    private WardLinkage() {
    }

    public static Dendrogram of(double[][] x) {
        return of(Points.of(x), Progress.NONE);
    }

    static Dendrogram of(Points p, Progress progress) {
        int n = p.n;
        if (n < 1) {
            throw new IllegalArgumentException("no rows to cluster");
        }
        double[] d2 = new double[(int) ((long) n * (n - 1) / 2)];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                d2[index(n, i, j)] = p.dist2(i, j);
            }
        }
        int[] size = new int[n];
        Arrays.fill(size, 1);
        boolean[] active = new boolean[n];
        Arrays.fill(active, true);
        int[] chain = new int[n];
        int chainLength = 0;
        int[] rawA = new int[n - 1];
        int[] rawB = new int[n - 1];
        double[] rawH = new double[n - 1];
        int[] rawSize = new int[n - 1];
        for (int step = 0; step < n - 1; step++) {
            if ((step & 255) == 0) {
                progress.checkCancelled();
            }
            if (chainLength == 0) {
                int first = 0;
                while (!active[first]) {
                    first++;
                }
                chain[chainLength++] = first;
            }
            int a;
            int b;
            double best;
            while (true) {
                a = chain[chainLength - 1];
                // prefer the previous chain element on ties so the chain always terminates (Müllner 2011)
                b = chainLength >= 2 ? chain[chainLength - 2] : -1;
                best = b >= 0 ? d2[index(n, a, b)] : Double.POSITIVE_INFINITY;
                for (int c = 0; c < n; c++) {
                    if (active[c] && c != a) {
                        double v = d2[index(n, a, c)];
                        if (v < best) {
                            best = v;
                            b = c;
                        }
                    }
                }
                if (chainLength >= 2 && b == chain[chainLength - 2]) {
                    break;
                }
                chain[chainLength++] = b;
            }
            chainLength -= 2;
            int lo = Math.min(a, b);
            int hi = Math.max(a, b);
            rawA[step] = lo;
            rawB[step] = hi;
            rawH[step] = Math.sqrt(best);
            rawSize[step] = size[lo] + size[hi];
            // Lance–Williams for Ward (squared distances): the merged cluster takes slot lo
            for (int c = 0; c < n; c++) {
                if (active[c] && c != lo && c != hi) {
                    int ic = index(n, lo, c);
                    double v = ((size[lo] + size[c]) * d2[ic] + (size[hi] + size[c]) * d2[index(n, hi, c)]
                            - size[c] * best) / (size[lo] + size[hi] + size[c]);
                    d2[ic] = v;
                }
            }
            size[lo] += size[hi];
            active[hi] = false;
        }
        return new Dendrogram(n, relabel(n, rawA, rawB, rawH, rawSize));
    }

    /** Sorts merges by height (stable) and renames slots to scipy's cluster ids. */
    private static List<Merge> relabel(int n, int[] a, int[] b, double[] h, int[] sizes) {
        Integer[] order = new Integer[n - 1];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> h[i]));
        // slotId[s] = the current id of the cluster stored in slot s (a row until it merges)
        int[] slotId = new int[n];
        for (int i = 0; i < n; i++) {
            slotId[i] = i;
        }
        List<Merge> merges = new ArrayList<>(n - 1);
        for (int m = 0; m < order.length; m++) {
            int r = order[m];
            int left = slotId[a[r]];
            int right = slotId[b[r]];
            merges.add(new Merge(Math.min(left, right), Math.max(left, right), h[r], sizes[r]));
            slotId[a[r]] = n + m;
        }
        return merges;
    }

    private static int index(int n, int i, int j) {
        if (i > j) {
            int t = i;
            i = j;
            j = t;
        }
        return (int) ((long) n * i - (long) i * (i + 1) / 2 + (j - i - 1));
    }
}
