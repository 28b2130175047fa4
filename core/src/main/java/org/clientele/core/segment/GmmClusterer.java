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
        return new Partition(k, argmax(resp, k), m.means().clone(), resp, bic);
    }

    /** Hard labels of {@code rows} under a mixture fitted (with this clusterer's settings) on its rows. */
    int[] model(int k, Points rows) {
        GaussianMixture.Model m = GaussianMixture.fit(fitRows, k, restarts, seed, Progress.NONE);
        double[][] resp = new double[rows.n][k];
        m.responsibilities(rows, resp);
        return argmax(resp, k);
    }

    private static int[] argmax(double[][] resp, int k) {
        int[] labels = new int[resp.length];
        for (int i = 0; i < resp.length; i++) {
            int best = 0;
            for (int c = 1; c < k; c++) {
                if (resp[i][c] > resp[i][best]) {
                    best = c;
                }
            }
            labels[i] = best;
        }
        return labels;
    }
}
