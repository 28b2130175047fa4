package org.clientele.core.segment;

import java.util.List;

/** The consensus of k-means, a Gaussian mixture and Ward, each with its own settings. */
record ConsensusOptions(KMeansOptions kmeans, GmmOptions gmm, WardOptions ward) implements ClustererOptions {

    /** The member algorithms, in the order of {@link #members()}. */
    static final List<Algorithm> ALGORITHMS = List.of(Algorithm.KMEANS, Algorithm.GMM, Algorithm.WARD);

    List<ClustererOptions> members() {
        return List.of(kmeans, gmm, ward);
    }

    @Override
    public ClustererOptions forResamples() {
        return new ConsensusOptions(kmeans, (GmmOptions) gmm.forResamples(), ward);
    }

    @Override
    public Clusterer build(Points rows, long seed) {
        return new ConsensusClusterer(rows, this, seed);
    }
}
