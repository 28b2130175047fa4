package org.clientele.core.segment;

/**
 * One clustering of the rows: labels 0..k-1 (-1 = outlier), flat k x d centers, and for Gaussian
 * mixtures the per-row memberships and BIC (null / NaN otherwise).
 */
record Partition(int k, int[] labels, double[] centers, double[][] memberships, double bic) {

    static Partition hard(int k, int[] labels, double[] centers) {
        return new Partition(k, labels, centers, null, Double.NaN);
    }
}
