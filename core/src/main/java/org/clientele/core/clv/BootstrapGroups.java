package org.clientele.core.clv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Customers pooled for the parametric bootstrap: one group per distinct (x, t_x, T) history (the model is
 * evaluated once per group and draw), and within each group one entry per segment present with its customer
 * count and summed spend per purchase, so that per-segment totals cost no more model evaluations than the overall
 * total. Entries of group k are {@code start[k] .. start[k + 1] - 1}.
 */
final class BootstrapGroups {

    final double[][] histories;
    /** Each customer's group, aligned with the input. */
    final int[] group;
    final int[] start;
    final int[] segment;
    final double[] count;
    final double[] spend;

    private BootstrapGroups(double[][] histories, int[] group, int[] start, int[] segment, double[] count,
                            double[] spend) {
        this.histories = histories;
        this.group = group;
        this.start = start;
        this.segment = segment;
        this.count = count;
        this.spend = spend;
    }

    static BootstrapGroups of(List<CustomerRfmSummary> customers, double[] spendPerPurchase, int[] segmentOf,
                              int segments) {
        int n = customers.size();
        Map<List<Double>, Integer> groupOf = new HashMap<>();
        int[] group = new int[n];
        java.util.ArrayList<double[]> histories = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            CustomerRfmSummary c = customers.get(i);
            group[i] = groupOf.computeIfAbsent(List.of(c.frequency(), c.recency(), c.T()), k -> {
                histories.add(new double[]{c.frequency(), c.recency(), c.T()});
                return histories.size() - 1;
            });
        }
        int g = histories.size();
        // Customers ordered by group (a counting sort), then summed per segment within each group.
        int[] offset = new int[g + 1];
        for (int i = 0; i < n; i++) {
            offset[group[i] + 1]++;
        }
        for (int k = 0; k < g; k++) {
            offset[k + 1] += offset[k];
        }
        int[] order = new int[n];
        int[] next = offset.clone();
        for (int i = 0; i < n; i++) {
            order[next[group[i]]++] = i;
        }
        int[] start = new int[g + 1];
        int[] segment = new int[n];
        double[] count = new double[n];
        double[] spend = new double[n];
        int[] slot = new int[segments];
        java.util.Arrays.fill(slot, -1);
        int entries = 0;
        for (int k = 0; k < g; k++) {
            start[k] = entries;
            for (int j = offset[k]; j < offset[k + 1]; j++) {
                int i = order[j];
                int s = segmentOf[i];
                if (s < 0 || s >= segments) {
                    throw new IllegalArgumentException("segment " + s + " outside 0.." + (segments - 1));
                }
                if (slot[s] < 0) {
                    slot[s] = entries;
                    segment[entries] = s;
                    entries++;
                }
                count[slot[s]]++;
                spend[slot[s]] += spendPerPurchase[i];
            }
            for (int e = start[k]; e < entries; e++) {
                slot[segment[e]] = -1;
            }
        }
        start[g] = entries;
        return new BootstrapGroups(histories.toArray(double[][]::new), group, start,
                java.util.Arrays.copyOf(segment, entries), java.util.Arrays.copyOf(count, entries),
                java.util.Arrays.copyOf(spend, entries));
    }
}
