package org.clientele.core.segment;

/** k-means++ with {@code restarts} seeded restarts per k. */
record KMeansOptions(int restarts) implements ClustererOptions {

    @Override
    public Clusterer build(Points rows, long seed) {
        return new KMeansClusterer(rows, restarts, seed);
    }
}
