package org.clientele.core.eda;

import java.util.Map;
import java.util.TreeMap;

/** Builds the {@link CohortTable} from customers' monthly activity. */
final class Cohorts {

    private Cohorts() {
    }

    static CohortTable of(CustomerActivity activity) {
        if (activity.customers.isEmpty()) {
            return new CohortTable(new String[0], new int[0], new double[0][], new int[0][], new double[0][]);
        }
        int last = activity.lastMonth();
        TreeMap<Integer, int[]> activeByCohort = new TreeMap<>();
        TreeMap<Integer, double[]> revenueByCohort = new TreeMap<>();
        TreeMap<Integer, Integer> sizes = new TreeMap<>();
        for (TreeMap<Integer, CustomerActivity.Month> months : activity.customers.values()) {
            int first = months.firstKey();
            int width = last - first + 1;
            int[] active = activeByCohort.computeIfAbsent(first, k -> new int[width]);
            double[] revenue = revenueByCohort.computeIfAbsent(first, k -> new double[width]);
            sizes.merge(first, 1, Integer::sum);
            for (Map.Entry<Integer, CustomerActivity.Month> e : months.entrySet()) {
                active[e.getKey() - first]++;
                revenue[e.getKey() - first] += e.getValue().revenue;
            }
        }
        int n = sizes.size();
        String[] labels = new String[n];
        int[] size = new int[n];
        double[][] retention = new double[n][];
        int[][] active = new int[n][];
        double[][] revenue = new double[n][];
        int i = 0;
        for (Map.Entry<Integer, Integer> e : sizes.entrySet()) {
            labels[i] = CustomerActivity.month(e.getKey()).toString();
            size[i] = e.getValue();
            active[i] = activeByCohort.get(e.getKey());
            revenue[i] = revenueByCohort.get(e.getKey());
            retention[i] = new double[active[i].length];
            for (int k = 0; k < active[i].length; k++) {
                retention[i][k] = (double) active[i][k] / size[i];
            }
            i++;
        }
        return new CohortTable(labels, size, retention, active, revenue);
    }
}
