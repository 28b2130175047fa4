package org.clientele.core.neural;

import java.util.List;
import java.util.Locale;

/**
 * How a network is built and trained.
 *
 * @param hidden             units of each hidden layer before the width multiplier (128, 64, 32, 16)
 * @param widthMultiplier    scales every hidden layer (searched: 0.5, 1)
 * @param dropout            dropout rate after each hidden layer (0.3)
 * @param learningRate       Adam's step size (searched: 0.001, 0.003)
 * @param batchSize          rows per mini-batch (32, Keras's default)
 * @param maxEpochs          passes over the training rows at most (200)
 * @param patience           epochs without a better validation loss before training stops (10); the weights
 *                           of the best epoch are kept
 * @param validationFraction share of the training rows held back for early stopping (0.2)
 * @param batchNormMomentum  weight of the old value in the running batch-norm statistics (0.9)
 * @param minEmbeddingLevels a categorical column with at least this many levels gets an embedding instead of
 *                           its one-hot indicators (5)
 * @param segments           Gaussian-mixture memberships added as inputs: number of components (4; 0 = none)
 * @param head               squared error or zero-inflated lognormal
 */
public record NetworkSettings(List<Integer> hidden, double widthMultiplier, double dropout, double learningRate,
                              int batchSize, int maxEpochs, int patience, double validationFraction,
                              double batchNormMomentum, int minEmbeddingLevels, int segments, ValueHead head) {

    public NetworkSettings {
        hidden = List.copyOf(hidden);
        if (hidden.isEmpty() || hidden.stream().anyMatch(h -> h < 1)) {
            throw new IllegalArgumentException("hidden layers need at least one unit each");
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1)");
        }
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validationFraction must be between 0 and 1");
        }
        if (patience < 1 || maxEpochs < 1 || batchSize < 2) {
            throw new IllegalArgumentException("patience and maxEpochs must be at least 1, batchSize at least 2");
        }
    }

    public static NetworkSettings defaults() {
        return new NetworkSettings(List.of(128, 64, 32, 16), 1.0, 0.3, 1e-3, 32, 200, 10, 0.2, 0.9, 5, 4,
                ValueHead.MSE);
    }

    /** The hidden layer widths after the multiplier (at least 4 units each). */
    public int[] layerWidths() {
        return hidden.stream().mapToInt(h -> Math.max(4, (int) Math.round(h * widthMultiplier))).toArray();
    }

    public NetworkSettings withHead(ValueHead h) {
        return new NetworkSettings(hidden, widthMultiplier, dropout, learningRate, batchSize, maxEpochs, patience,
                validationFraction, batchNormMomentum, minEmbeddingLevels, segments, h);
    }

    public NetworkSettings withPatience(int p) {
        return new NetworkSettings(hidden, widthMultiplier, dropout, learningRate, batchSize, maxEpochs, p,
                validationFraction, batchNormMomentum, minEmbeddingLevels, segments, head);
    }

    public NetworkSettings withMaxEpochs(int e) {
        return new NetworkSettings(hidden, widthMultiplier, dropout, learningRate, batchSize, e, patience,
                validationFraction, batchNormMomentum, minEmbeddingLevels, segments, head);
    }

    public NetworkSettings withHidden(List<Integer> h) {
        return new NetworkSettings(h, widthMultiplier, dropout, learningRate, batchSize, maxEpochs, patience,
                validationFraction, batchNormMomentum, minEmbeddingLevels, segments, head);
    }

    public NetworkSettings withSegments(int k) {
        return new NetworkSettings(hidden, widthMultiplier, dropout, learningRate, batchSize, maxEpochs, patience,
                validationFraction, batchNormMomentum, minEmbeddingLevels, k, head);
    }

    /** The searched settings changed. */
    public NetworkSettings tuned(double lr, double width, double drop) {
        return new NetworkSettings(hidden, width, drop, lr, batchSize, maxEpochs, patience, validationFraction,
                batchNormMomentum, minEmbeddingLevels, segments, head);
    }

    /** The searched settings, for reports. */
    public String describe() {
        return String.format(Locale.ROOT, "lr=%s, width=%s, dropout=%s", learningRate, widthMultiplier, dropout);
    }
}
