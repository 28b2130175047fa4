package org.clientele.core.monitor;

import org.clientele.core.monitor.PopulationStability.Verdict;

import java.util.List;

/**
 * How a new file compares with a model's training data: the contract's {@code monitor.json}.
 *
 * @param features          one entry per model feature, most shifted first
 * @param segments          per segment of a classifier, training share and share now; empty for a regressor
 * @param segmentPsi        stability index of the segment shares (NaN for a regressor)
 * @param predictionPsi     stability index of a regressor's predictions (NaN for a classifier)
 * @param meanConfidence    classifier's mean top probability in training and now (NaN for a regressor)
 * @param confidence        shares of the top probability in ten bins of width 0.1, in training and now
 * @param outOfDistribution share of rows unlike any training segment, in training and now
 * @param verdict           the worst reading over features, segments and predictions
 * @param summary           one line a manager can act on
 */
public record DriftReport(int referenceRows, int rows, List<FeatureDrift> features, List<SegmentShift> segments,
                          double segmentPsi, double predictionPsi, Pair meanConfidence, Shares confidence,
                          Pair outOfDistribution, Verdict verdict, String summary) {

    public DriftReport {
        features = List.copyOf(features);
        segments = List.copyOf(segments);
    }

    /** One feature's bins with their training and current shares. */
    public record FeatureDrift(String feature, double psi, Verdict verdict, List<String> bins, double[] expected,
                               double[] actual) {
    }

    /** A segment's share of customers in training and now, and the change in percentage points. */
    public record SegmentShift(String segment, String name, double reference, double current, double changePoints) {
    }

    /** A figure in training and now. */
    public record Pair(double reference, double current) {
    }

    /** Shares in the same bins, in training and now. */
    public record Shares(double[] reference, double[] current) {
    }
}
