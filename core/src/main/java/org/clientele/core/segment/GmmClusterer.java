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

    GmmClusterer(Points all, int restarts, long seed, int fitLimit) {
        this.all = all;
        this.fitRows = all.n <= fitLimit ? all : all.subset(Points.sample(all.n, fitLimit, seed));
        this.restarts = restarts;
        this.seed = seed;
    }

    boolean sampled() {
        return fitRows != all;
    }

    int fitRowCount() {
        return fitRows.n;
    }

    @Override
    public Partition fit(int k, Progress progress) {
        GaussianMixture.Model m = GaussianMixture.fit(fitRows, k, restarts, seed, progress);
        double bic = m.bic(m.meanLogLikelihood() * fitRows.n, fitRows.n);
        double[][] resp = new double[all.n][k];
        m.responsibilities(all, resp);
        int[] labels = new int[all.n];
        for (int i = 0; i < all.n; i++) {
            int best = 0;
            for (int c = 1; c < k; c++) {
                if (resp[i][c] > resp[i][best]) {
                    best = c;
                }
            }
            labels[i] = best;
        }
        return new Partition(k, labels, m.means().clone(), resp, bic);
    }
}
