package org.clientele.core.neural;

/**
 * How an autoencoder is trained.
 *
 * @param bottleneck         learned coordinates (1..8)
 * @param hidden             units of each hidden layer, or 0 for twice the inputs within 8..32
 * @param maxEpochs          passes over the training rows at most
 * @param patience           stop after this many epochs without a better validation error, keeping the best
 * @param batchSize          rows per Adam step, or 0 for rows / 100 within 32..256
 * @param learningRate       Adam's step size (Kingma &amp; Ba 2015)
 * @param validationFraction rows held out for early stopping (0.05..0.5)
 * @param maxTrainingRows    above this many rows a seeded sample is trained on (every row is still embedded)
 * @param seed               initial weights, the validation split and the batch order
 */
public record AutoencoderOptions(int bottleneck, int hidden, int maxEpochs, int patience, int batchSize,
                                 double learningRate, double validationFraction, int maxTrainingRows, long seed) {

    public static final int MAX_BOTTLENECK = 8;

    public AutoencoderOptions {
        if (bottleneck < 1 || bottleneck > MAX_BOTTLENECK) {
            throw new IllegalArgumentException("the bottleneck must have 1 to " + MAX_BOTTLENECK
                    + " dimensions, got " + bottleneck);
        }
        if (hidden < 0 || maxEpochs < 1 || patience < 1 || batchSize < 0 || maxTrainingRows < 10) {
            throw new IllegalArgumentException("hidden, batch size >= 0; epochs, patience >= 1; training rows >= 10");
        }
        if (!(learningRate > 0) || !(validationFraction >= 0.05 && validationFraction <= 0.5)) {
            throw new IllegalArgumentException("learning rate > 0 and validation fraction in 0.05..0.5");
        }
    }

    /** The defaults for a bottleneck of {@code bottleneck} dimensions. */
    public static AutoencoderOptions of(int bottleneck, long seed) {
        return new AutoencoderOptions(bottleneck, 0, 300, 20, 0, 0.005, 0.2, 20_000, seed);
    }

    public AutoencoderOptions withMaxEpochs(int epochs) {
        return new AutoencoderOptions(bottleneck, hidden, epochs, patience, batchSize, learningRate,
                validationFraction, maxTrainingRows, seed);
    }

    public AutoencoderOptions withHidden(int units) {
        return new AutoencoderOptions(bottleneck, units, maxEpochs, patience, batchSize, learningRate,
                validationFraction, maxTrainingRows, seed);
    }

    int hiddenFor(int inputs) {
        return hidden > 0 ? hidden : Math.max(8, Math.min(32, 2 * inputs));
    }

    int batchFor(int rows) {
        return batchSize > 0 ? batchSize : Math.max(32, Math.min(256, rows / 100));
    }
}
