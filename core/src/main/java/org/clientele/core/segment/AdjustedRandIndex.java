package org.clientele.core.segment;

import java.util.HashMap;
import java.util.Map;

/**
 * Adjusted Rand index (Hubert &amp; Arabie 1985, "Comparing partitions"), as scikit-learn's
 * adjusted_rand_score: 1 for identical partitions up to renaming, about 0 for chance agreement.
 */
public final class AdjustedRandIndex {

    private AdjustedRandIndex() {
    }

    public static double of(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(a.length + " vs " + b.length + " labels");
        }
        int n = a.length;
        Map<Long, Integer> cells = new HashMap<>();
        Map<Integer, Integer> rows = new HashMap<>();
        Map<Integer, Integer> cols = new HashMap<>();
        for (int i = 0; i < n; i++) {
            cells.merge(((long) a[i] << 32) ^ (b[i] & 0xffffffffL), 1, Integer::sum);
            rows.merge(a[i], 1, Integer::sum);
            cols.merge(b[i], 1, Integer::sum);
        }
        // scikit-learn: identical trivial partitions (one cluster each, or all singletons) score 1
        if (rows.size() == cols.size() && (rows.size() == 1 || rows.size() == n) && cells.size() == rows.size()) {
            return 1.0;
        }
        double index = cells.values().stream().mapToDouble(AdjustedRandIndex::pairs).sum();
        double sumA = rows.values().stream().mapToDouble(AdjustedRandIndex::pairs).sum();
        double sumB = cols.values().stream().mapToDouble(AdjustedRandIndex::pairs).sum();
        double expected = sumA * sumB / pairs(n);
        double max = (sumA + sumB) / 2;
        return max == expected ? 1.0 : (index - expected) / (max - expected);
    }

    private static double pairs(int m) {
        return m * (m - 1.0) / 2;
    }
}
