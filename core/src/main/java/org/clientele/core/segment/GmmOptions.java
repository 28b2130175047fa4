package org.clientele.core.segment;

/** Gaussian mixture with {@code restarts} seeded EM starts, fitted on at most {@code fitLimit} rows. */
record GmmOptions(int restarts, int fitLimit) implements ClustererOptions {

    /** EM costs O(n k d^2) per iteration: above this many rows the mixture is fitted on a seeded sample. */
    static final int FIT_LIMIT = 20_000;

    @Override
    public Clusterer build(Points rows, long seed) {
        return new GmmClusterer(rows, restarts, seed, fitLimit);
    }
}
