package org.clientele.core.segment;

import java.util.List;

/**
 * How far k-means, the Gaussian mixture and Ward agree on the consensus segments.
 *
 * @param algorithms        the member algorithms
 * @param method            how the partitions were combined, for the reader
 * @param pairwiseAri       adjusted Rand index between each pair of member partitions
 * @param segmentAgreement  per consensus segment (index = segment id), the mean co-association of its
 *                          pairs of customers: 1 when all three algorithms keep it together
 * @param memberJaccard     per segment, per member algorithm (in {@code algorithms} order), the Jaccard
 *                          coefficient with that algorithm's most similar segment
 */
public record ConsensusSummary(List<String> algorithms, String method, List<PairAgreement> pairwiseAri,
                               double[] segmentAgreement, double[][] memberJaccard) {

    public static final String METHOD = "evidence accumulation: average linkage on 1 - co-association "
            + "(Fred & Jain 2005)";

    /** Agreement of two member partitions. */
    public record PairAgreement(String a, String b, double ari) {
    }

    public double segment(int id) {
        return id >= 0 && id < segmentAgreement.length ? segmentAgreement[id] : Double.NaN;
    }

    static ConsensusSummary of(ConsensusClusterer.Detail detail, int[] labels, int k, int[] newId) {
        List<String> names = ConsensusOptions.ALGORITHMS.stream().map(Algorithm::label).toList();
        int[][] members = detail.memberLabels();
        List<PairAgreement> pairs = new java.util.ArrayList<>();
        for (int a = 0; a < members.length; a++) {
            for (int b = a + 1; b < members.length; b++) {
                pairs.add(new PairAgreement(names.get(a), names.get(b), AdjustedRandIndex.of(members[a], members[b])));
            }
        }
        double[] agreement = new double[k];
        for (int c = 0; c < k && c < detail.agreement().length; c++) {
            agreement[newId[c]] = detail.agreement()[c];
        }
        boolean[] all = new boolean[labels.length];
        java.util.Arrays.fill(all, true);
        double[][] jaccard = new double[k][members.length];
        for (int m = 0; m < members.length; m++) {
            double[] j = Bootstrap.jaccard(labels, k, members[m], k, all);
            for (int c = 0; c < k; c++) {
                jaccard[c][m] = j[c];
            }
        }
        return new ConsensusSummary(names, METHOD, List.copyOf(pairs), agreement, jaccard);
    }
}
