package org.clientele.core.predict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded train/test splits and k-fold partitions. Stratified versions deal each class's shuffled rows
 * round-robin, so every fold gets each class in proportion (like scikit-learn's StratifiedKFold).
 */
public final class Folds {

    private Folds() {
    }

    /** A shuffled split with {@code round(n × testFraction)} held-out rows (at least 1, at most n-1). */
    public static Split holdout(int n, double testFraction, long seed) {
        int[] order = shuffled(n, seed);
        int nTest = Math.max(1, Math.min(n - 1, (int) Math.round(n * testFraction)));
        return new Split(sortedCopy(order, nTest, n), sortedCopy(order, 0, nTest));
    }

    /** A split holding out {@code testFraction} of each class (at least one row of a class with 2+ rows). */
    public static Split stratifiedHoldout(int[] y, double testFraction, long seed) {
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int[] members : byClass(y)) {
            shuffle(members, rnd);
            int nTest = members.length < 2 ? 0
                    : Math.max(1, Math.min(members.length - 1, (int) Math.round(members.length * testFraction)));
            for (int k = 0; k < members.length; k++) {
                (k < nTest ? test : train).add(members[k]);
            }
        }
        return new Split(sorted(train), sorted(test));
    }

    /** Shuffled k-fold partition of rows 0..n-1; fold sizes differ by at most one. */
    public static List<Split> kFold(int n, int k, long seed) {
        checkFolds(n, k);
        int[] fold = new int[n];
        int[] order = shuffled(n, seed);
        for (int r = 0; r < n; r++) {
            fold[order[r]] = r % k;
        }
        return fromAssignment(fold, k);
    }

    /**
     * Repeated k-fold: {@code repeats} independent shuffled k-fold partitions, k × repeats splits in
     * all. The first repeat is {@link #kFold(int, int, long)} with the same seed; each repeat uses its own
     * seed. Averaging over repeats halves the partition noise of one k-fold on small tables.
     */
    public static List<Split> repeatedKFold(int n, int k, int repeats, long seed) {
        List<Split> out = new ArrayList<>();
        for (int r = 0; r < Math.max(1, repeats); r++) {
            out.addAll(kFold(n, k, seed + 7919L * r));
        }
        return out;
    }

    /** Stratified k-fold: each class's rows are shuffled and dealt to folds in turn. */
    public static List<Split> stratifiedKFold(int[] y, int k, long seed) {
        checkFolds(y.length, k);
        int[] fold = new int[y.length];
        SplittableRandom rnd = new SplittableRandom(seed);
        int next = 0;
        for (int[] members : byClass(y)) {
            shuffle(members, rnd);
            for (int member : members) {
                fold[member] = next;
                next = (next + 1) % k;
            }
        }
        return fromAssignment(fold, k);
    }

    private static void checkFolds(int n, int k) {
        if (k < 2 || k > n) {
            throw new IllegalArgumentException("cannot make " + k + " folds from " + n + " rows");
        }
    }

    private static List<Split> fromAssignment(int[] fold, int k) {
        List<Split> splits = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < fold.length; i++) {
                (fold[i] == f ? test : train).add(i);
            }
            splits.add(new Split(sorted(train), sorted(test)));
        }
        return splits;
    }

    private static List<int[]> byClass(int[] y) {
        int classes = Arrays.stream(y).max().orElse(-1) + 1;
        List<List<Integer>> lists = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            lists.add(new ArrayList<>());
        }
        for (int i = 0; i < y.length; i++) {
            lists.get(y[i]).add(i);
        }
        List<int[]> out = new ArrayList<>();
        for (List<Integer> l : lists) {
            out.add(l.stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }

    static int[] shuffled(int n, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        shuffle(order, new SplittableRandom(seed));
        return order;
    }

    // Fisher–Yates shuffle.
    private static void shuffle(int[] a, SplittableRandom rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static int[] sortedCopy(int[] a, int from, int to) {
        int[] out = Arrays.copyOfRange(a, from, to);
        Arrays.sort(out);
        return out;
    }

    private static int[] sorted(List<Integer> l) {
        return l.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
