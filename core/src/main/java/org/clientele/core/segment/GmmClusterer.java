package org.clientele.core.segment;

import org.clientele.core.task.Progress;

/**
 * Gaussian mixture partitions: fitted on at most {@code fitLimit} seeded rows, then every row gets
 * its membership probabilities; hard label = most probable component; BIC on the fitted rows.
 */
final class GmmClusterer implements Clusterer {

    private final Points all;
    private final Points fitRows;
    private final int restarts;
    private final long seed;
    private final java.util.Map<Integer, GaussianMixture.Model> models = new java.util.HashMap<>();

    GmmClusterer(Points all, int restarts, long seed, int fitLimit) {
        this.all = all;
        this.fitRows = all.n <= fitLimit ? all : all.subset(Points.sample(all.n, fitLimit, seed));
        this.restarts = restarts;
        this.seed = seed;
    }

    boolean sampled() {
        return fitRows != all;
    }

    @Override
    public java.util.List<String> notes() {
        return sampled() ? java.util.List.of(String.format(java.util.Locale.ROOT, "the Gaussian mixture was "
                + "fitted on a seeded sample of %,d rows; every row got its membership probabilities", fitRows.n))
                : java.util.List.of();
    }

    @Override
    public int fitRowCount(Points ignored) {
        return fitRows.n;
    }

    /**
     * Hard labels and BIC; the membership matrix (rows x k) is not kept for every k of a sweep, since
     * on large inputs it would not fit in memory nine times over: ask {@link #memberships} for the chosen k.
     */
    @Override
    public Partition fit(int k, Progress progress) {
        GaussianMixture.Model m = GaussianMixture.fit(fitRows, k, restarts, seed, progress);
        models.put(k, m);
        double bic = m.bic(m.meanLogLikelihood() * fitRows.n, fitRows.n);
        return new Partition(k, argmax(m, all), m.means().clone(), null, bic);
    }

    /** Membership probabilities (rows x k) of every row under the mixture fitted for k. */
    double[][] memberships(int k) {
        GaussianMixture.Model m = models.get(k);
        if (m == null) {
            throw new IllegalStateException("no mixture fitted for k=" + k);
        }
        double[][] resp = new double[all.n][k];
        m.responsibilities(all, resp);
        return resp;
    }

    @Override
    public int[] predict(int k, Points rows) {
        GaussianMixture.Model m = models.get(k);
        if (m == null) {
            throw new IllegalStateException("no mixture fitted for k=" + k);
        }
        return argmax(m, rows);
    }

    /** Most probable component per row, in blocks so that no rows x k matrix is held at once. */
    private static int[] argmax(GaussianMixture.Model m, Points rows) {
        int k = m.k();
        int[] labels = new int[rows.n];
        int block = 4096;
        double[][] resp = new double[block][k];
        for (int start = 0; start < rows.n; start += block) {
            int end = Math.min(rows.n, start + block);
            int[] idx = java.util.stream.IntStream.range(start, end).toArray();
            Points part = rows.subset(idx);
            m.responsibilities(part, resp);
            for (int i = 0; i < part.n; i++) {
                int best = 0;
                for (int c = 1; c < k; c++) {
                    if (resp[i][c] > resp[i][best]) {
                        best = c;
                    }
                }
                labels[start + i] = best;
            }
        }
        return labels;
    }
}
