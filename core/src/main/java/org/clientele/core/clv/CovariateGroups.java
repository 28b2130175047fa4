package org.clientele.core.clv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Customers grouped by identical covariate rows, so a likelihood computes each group's parameters once
 * (categorical covariates give a handful of groups however many customers there are).
 */
final class CovariateGroups {

    final List<double[]> rows = new ArrayList<>();
    final List<List<Integer>> members = new ArrayList<>();

    CovariateGroups(double[][] design) {
        Map<List<Double>, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < design.length; i++) {
            List<Double> key = Arrays.stream(design[i]).boxed().toList();
            Integer g = index.get(key);
            if (g == null) {
                g = rows.size();
                index.put(key, g);
                rows.add(design[i]);
                members.add(new ArrayList<>());
            }
            members.get(g).add(i);
        }
    }

    int size() {
        return rows.size();
    }

    /** Each group's customers pooled into identical (x, t_x, T) histories, in group order. */
    List<RfmPatterns> pooled(List<CustomerRfmSummary> customers) {
        List<RfmPatterns> out = new ArrayList<>(members.size());
        for (List<Integer> group : members) {
            List<CustomerRfmSummary> in = new ArrayList<>(group.size());
            for (int i : group) {
                in.add(customers.get(i));
            }
            out.add(RfmPatterns.of(in));
        }
        return out;
    }

    /** c' z for coefficients stored as exp(c) in p[from .. from + k). */
    static double linear(double[] p, int from, double[] z) {
        double s = 0;
        for (int j = 0; j < z.length; j++) {
            if (z[j] != 0) {
                s += Math.log(p[from + j]) * z[j];
            }
        }
        return s;
    }
}
