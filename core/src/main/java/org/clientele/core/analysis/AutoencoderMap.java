package org.clientele.core.analysis;

import org.clientele.core.neural.AutoencoderEmbedding;
import org.clientele.core.task.Progress;

/**
 * The segment map on an autoencoder's two learned coordinates instead of the first two principal
 * components: the segmentation's own autoencoder when it clustered on a 2-D bottleneck, else one trained
 * on the segmentation's standardized features with its seed.
 */
public final class AutoencoderMap {

    public static final int DIMENSIONS = 2;

    private AutoencoderMap() {
    }

    /** The 2-D autoencoder for {@code report}'s map; trains one (TensorFlow) unless the report has it. */
    public static AutoencoderEmbedding embedding(SegmentationReport report, Progress progress) {
        AutoencoderEmbedding own = report.autoencoder();
        if (own != null && own.dimensions() == DIMENSIONS) {
            return own;
        }
        var r = report.result();
        return EmbeddingChoice.train(r.preprocessed(), DIMENSIONS, r.seed(), progress);
    }

    /** The map drawn at {@code embedding}'s coordinates; the axes carry no variance share (NaN). */
    public static SegmentMap of(SegmentationReport report, AutoencoderEmbedding embedding, int maxPoints) {
        return SegmentMap.of(report, embedding.codes(), new double[] {Double.NaN, Double.NaN}, maxPoints,
                report.result().seed());
    }
}
