package org.clientele.core.segment;

/** Gaussian mixture with {@code restarts} seeded EM starts, fitted on at most {@code fitLimit} rows. */
record GmmOptions(int restarts, int fitLimit) implements ClustererOptions {

    /** EM costs O(n k d^2) per iteration: above this many rows the mixture is fitted on a seeded sample. */
    static final int FIT_LIMIT = 20_000;

    /**
     * EM starts per refit on a bootstrap resample: each k of a sweep is refitted on every resample, and
     * EM is the costly step; three seeded starts keep the stability estimate within noise of ten on the
     * bundled and shared data while taking a third of the time.
     */
    static final int RESAMPLE_RESTARTS = 3;

    @Override
    public ClustererOptions forResamples() {
        return new GmmOptions(Math.min(restarts, RESAMPLE_RESTARTS), fitLimit);
    }

    @Override
    public Clusterer build(Points rows, long seed) {
        return new GmmClusterer(rows, restarts, seed, fitLimit);
    }
}
