package org.clientele.core.clv;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Customers' (x, t_x, T) histories with identical ones merged into one row with a count, sorted by x so that
 * terms depending on x alone can be computed once per distinct x. A likelihood evaluation then costs one
 * pass over primitive arrays with no allocation, whatever the number of customers.
 */
final class PooledHistories {

    final double[] x;
    final double[] tx;
    final double[] T;
    final double[] count;
    final int customers;
    final double totalRepeatPurchases;
    /**
     * Each row's index among the distinct (x, T) pairs, which are far fewer than the rows when times are whole
     * days: Pareto/NBD's costly series depend on (x, t_x) or (x, T) only. Rows sorted by x then t_x already
     * group the (x, t_x) pairs.
     */
    final int[] xTPair;
    final double[] pairX;
    final double[] pairT;

    private PooledHistories(double[] x, double[] tx, double[] T, double[] count, int customers, double repeats) {
        this.x = x;
        this.tx = tx;
        this.T = T;
        this.count = count;
        this.customers = customers;
        this.totalRepeatPurchases = repeats;
        Map<List<Double>, Integer> pairs = new HashMap<>();
        xTPair = new int[x.length];
        java.util.ArrayList<double[]> distinct = new java.util.ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            double xi = x[i];
            double ti = T[i];
            xTPair[i] = pairs.computeIfAbsent(List.of(xi, ti), k -> {
                distinct.add(new double[]{xi, ti});
                return distinct.size() - 1;
            });
        }
        pairX = distinct.stream().mapToDouble(d -> d[0]).toArray();
        pairT = distinct.stream().mapToDouble(d -> d[1]).toArray();
    }

    private record Key(double x, double tx, double T) { }

    static PooledHistories of(List<CustomerRfmSummary> customers) {
        Map<Key, int[]> index = new HashMap<>();
        double repeats = 0;
        for (CustomerRfmSummary c : customers) {
            index.computeIfAbsent(new Key(c.frequency(), c.recency(), c.T()), k -> new int[1])[0]++;
            repeats += c.frequency();
        }
        Key[] keys = index.keySet().toArray(Key[]::new);
        Arrays.sort(keys, (u, v) -> u.x != v.x ? Double.compare(u.x, v.x)
                : u.tx != v.tx ? Double.compare(u.tx, v.tx) : Double.compare(u.T, v.T));
        int n = keys.length;
        double[] x = new double[n];
        double[] tx = new double[n];
        double[] t = new double[n];
        double[] count = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = keys[i].x;
            tx[i] = keys[i].tx;
            t[i] = keys[i].T;
            count[i] = index.get(keys[i])[0];
        }
        return new PooledHistories(x, tx, t, count, customers.size(), repeats);
    }

    int rows() {
        return x.length;
    }

    /** Sum over customers of the model's own per-customer log-likelihood (the slow, obviously right way). */
    double logLikelihood(PurchaseModel model) {
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            total += count[i] * model.logLikelihood(x[i], tx[i], T[i]);
        }
        return total;
    }
}
