package org.clientele.core.segment;

/** Ward linkage on at most {@code fitLimit} seeded rows (its memory is quadratic in the rows). */
record WardOptions(int fitLimit) implements ClustererOptions {

    /** Ward's O(n^2) memory: above this many rows a seeded sample is clustered. */
    static final int FIT_LIMIT = 5_000;

    @Override
    public Clusterer build(Points rows, long seed) {
        return new WardClusterer(rows, fitLimit, seed);
    }
}
