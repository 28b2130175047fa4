package org.clientele.core.monitor;

/**
 * What a saved model said about a file's rows: a regressor's predictions, or a classifier's class (index
 * into its class names) and top probability per row; and which rows it found unlike its training data
 * (null when unknown).
 */
public record ModelScores(double[] predictions, int[] classes, double[] topProbabilities, boolean[] outOfDistribution) {

    public static ModelScores regression(double[] predictions) {
        return new ModelScores(predictions, null, null, null);
    }

    public static ModelScores classification(int[] classes, double[] topProbabilities, boolean[] outOfDistribution) {
        return new ModelScores(null, classes, topProbabilities, outOfDistribution);
    }

    boolean classifier() {
        return classes != null;
    }

    double[] classShares(int classCount) {
        double[] shares = new double[classCount];
        for (int c : classes) {
            shares[c] += 1.0 / classes.length;
        }
        return shares;
    }

    double outOfDistributionShare() {
        if (outOfDistribution == null || outOfDistribution.length == 0) {
            return Double.NaN;
        }
        int n = 0;
        for (boolean b : outOfDistribution) {
            n += b ? 1 : 0;
        }
        return n / (double) outOfDistribution.length;
    }
}
