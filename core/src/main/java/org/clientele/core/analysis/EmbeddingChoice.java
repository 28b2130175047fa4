package org.clientele.core.analysis;

import org.clientele.core.Setting;
import org.clientele.core.UnusableDataException;
import org.clientele.core.UserInputException.Reason;
import org.clientele.core.neural.Autoencoder;
import org.clientele.core.neural.AutoencoderEmbedding;
import org.clientele.core.neural.AutoencoderOptions;
import org.clientele.core.segment.Embedding;
import org.clientele.core.segment.Pca;
import org.clientele.core.task.Progress;

import java.util.Locale;

/**
 * The space a segmentation clusters in: the preprocessed (standardized) features, their first
 * {@code dimensions} principal components, or an autoencoder's bottleneck of {@code dimensions} learned
 * coordinates. Written {@code standardized}, {@code pca[:DIMS]} or {@code autoencoder[:DIMS]} on the command line.
 */
public record EmbeddingChoice(String method, int dimensions) {

    public static final String STANDARDIZED = "standardized";
    public static final String AUTOENCODER = "autoencoder";
    public static final String PCA = "pca";
    public static final int DEFAULT_DIMENSIONS = 2;
    public static final EmbeddingChoice NONE = new EmbeddingChoice(STANDARDIZED, 0);

    public EmbeddingChoice {
        if (!STANDARDIZED.equals(method) && !AUTOENCODER.equals(method) && !PCA.equals(method)) {
            throw new IllegalArgumentException("the embedding is 'standardized', 'pca[:DIMS]' or "
                    + "'autoencoder[:DIMS]', got '" + method + "'");
        }
        if (!STANDARDIZED.equals(method) && (dimensions < 1 || dimensions > AutoencoderOptions.MAX_BOTTLENECK)) {
            throw new IllegalArgumentException("an embedding has 1 to " + AutoencoderOptions.MAX_BOTTLENECK
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
        int colon = t.indexOf(':');
        String method = colon < 0 ? t : t.substring(0, colon);
        if (colon < 0) {
            return new EmbeddingChoice(method, DEFAULT_DIMENSIONS); // an unknown name is rejected with the forms
        }
        try {
            return new EmbeddingChoice(method, Integer.parseInt(t.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the dimensions must be a whole number, as in autoencoder:3; got '"
                    + text + "'");
        }
    }

    public boolean isAutoencoder() {
        return AUTOENCODER.equals(method);
    }

    /**
     * The segmenter's embedding for this choice (null for the standardized features), handing the trained
     * autoencoder to {@code trained} so the report can carry its reconstruction errors.
     */
    Embedding embedding(long seed, java.util.function.Consumer<AutoencoderEmbedding> trained) {
        if (PCA.equals(method)) {
            return (x, progress) -> {
                requireCompression(dimensions, x, "principal components");
                return Pca.fit(x, dimensions).coordinates();
            };
        }
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
        requireCompression(dimensions, x, "autoencoder dimensions");
        return Autoencoder.fit(x, AutoencoderOptions.of(dimensions, seed), progress);
    }

    private static void requireCompression(int dimensions, double[][] x, String what) {
        int features = x.length == 0 ? 0 : x[0].length;
        if (dimensions >= features) {
            throw new UnusableDataException(Reason.OPTION_OUT_OF_RANGE, dimensions + " " + what
                    + " do not compress " + features + " features",
                    "Choose fewer dimensions than features, or more feature columns", Setting.FEATURES);
        }
    }
}
