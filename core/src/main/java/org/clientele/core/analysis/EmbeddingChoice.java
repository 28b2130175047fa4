package org.clientele.core.analysis;

import org.clientele.core.Setting;
import org.clientele.core.UnusableDataException;
import org.clientele.core.UserInputException.Reason;
import org.clientele.core.neural.Autoencoder;
import org.clientele.core.neural.AutoencoderEmbedding;
import org.clientele.core.neural.AutoencoderOptions;
import org.clientele.core.segment.Embedding;
import org.clientele.core.task.Progress;

import java.util.Locale;

/**
 * The space a segmentation clusters in: the preprocessed (standardized) features, or an autoencoder's
 * bottleneck of {@code dimensions} learned coordinates. Written {@code standardized} or
 * {@code autoencoder[:DIMS]} on the command line.
 */
public record EmbeddingChoice(String method, int dimensions) {

    public static final String STANDARDIZED = "standardized";
    public static final String AUTOENCODER = "autoencoder";
    public static final int DEFAULT_DIMENSIONS = 2;
    public static final EmbeddingChoice NONE = new EmbeddingChoice(STANDARDIZED, 0);

    public EmbeddingChoice {
        if (!STANDARDIZED.equals(method) && !AUTOENCODER.equals(method)) {
            throw new IllegalArgumentException("the embedding is 'standardized' or 'autoencoder[:DIMS]', got '"
                    + method + "'");
        }
        if (AUTOENCODER.equals(method) && (dimensions < 1 || dimensions > AutoencoderOptions.MAX_BOTTLENECK)) {
            throw new IllegalArgumentException("an autoencoder bottleneck has 1 to " + AutoencoderOptions.MAX_BOTTLENECK
                    + " dimensions, got " + dimensions);
        }
    }

    public static EmbeddingChoice autoencoder(int dimensions) {
        return new EmbeddingChoice(AUTOENCODER, dimensions);
    }

    /** {@code standardized}, {@code autoencoder} or {@code autoencoder:3}. */
    public static EmbeddingChoice parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.equals(STANDARDIZED)) {
            return NONE;
        }
        if (t.equals(AUTOENCODER)) {
            return autoencoder(DEFAULT_DIMENSIONS);
        }
        if (t.startsWith(AUTOENCODER + ":")) {
            try {
                return autoencoder(Integer.parseInt(t.substring(AUTOENCODER.length() + 1)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the autoencoder's dimensions must be a whole number, as in "
                        + "autoencoder:3; got '" + text + "'");
            }
        }
        return new EmbeddingChoice(t, 0); // rejected by the constructor with the accepted forms
    }

    public boolean isAutoencoder() {
        return AUTOENCODER.equals(method);
    }

    /**
     * The segmenter's embedding for this choice (null for the standardized features), handing the trained
     * autoencoder to {@code trained} so the report can carry its reconstruction errors.
     */
    Embedding embedding(long seed, java.util.function.Consumer<AutoencoderEmbedding> trained) {
        if (!isAutoencoder()) {
            return null;
        }
        return (x, progress) -> {
            AutoencoderEmbedding e = train(x, dimensions, seed, progress);
            trained.accept(e);
            return e.codes();
        };
    }

    /** Trains an autoencoder with {@code dimensions} coordinates on preprocessed rows {@code x}. */
    public static AutoencoderEmbedding train(double[][] x, int dimensions, long seed, Progress progress) {
        int features = x.length == 0 ? 0 : x[0].length;
        if (dimensions >= features) {
            throw new UnusableDataException(Reason.OPTION_OUT_OF_RANGE, "an autoencoder with " + dimensions
                    + " dimensions does not compress " + features + " features",
                    "Choose fewer dimensions than features, or more feature columns", Setting.FEATURES);
        }
        return Autoencoder.fit(x, AutoencoderOptions.of(dimensions, seed), progress);
    }
}
