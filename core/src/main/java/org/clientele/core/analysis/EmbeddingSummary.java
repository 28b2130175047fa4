package org.clientele.core.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.clientele.core.neural.AutoencoderEmbedding;
import org.clientele.core.segment.SegmentationResult;

import java.util.Locale;

/**
 * segments.json's {@code embedding}: which space was clustered (the preprocessed features, or an autoencoder's
 * bottleneck) and, for an autoencoder, how well it reconstructs the features next to PCA with as many
 * components, and how many customers it flags as anomalies. Errors are mean squared errors per feature in
 * the preprocessed (standardized) units; R² is 1 − squared error / total sum of squares.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EmbeddingSummary(String method, int dimensions, Integer hidden, Double reconstructionError,
                               Double validationReconstructionError, Double reconstructionR2,
                               Double pcaReconstructionError, Double pcaR2, Double anomalyThreshold,
                               Double anomalyPercentile, Integer anomalies, Integer epochs, Integer bestEpoch,
                               Boolean stoppedEarly, Integer trainingRows, Integer validationRows, Double seconds,
                               String description) {

    static EmbeddingSummary of(SegmentationResult r, AutoencoderEmbedding ae) {
        if (ae == null) {
            String method = r.preprocessing().isEmpty() ? "features" : EmbeddingChoice.STANDARDIZED;
            return new EmbeddingSummary(method, r.features().size(), null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, "clustered on the " + r.features().size()
                    + " preprocessed feature columns");
        }
        String sentence = String.format(Locale.ROOT, "clustered on a %d-dimensional autoencoder bottleneck "
                        + "(%d features → %d tanh units → %d): reconstruction R² %.3f against %.3f for PCA with %d "
                        + "component%s; %d customers above the %.0fth percentile of training reconstruction error "
                        + "flagged as anomalies", ae.dimensions(), ae.model().inputs(), ae.model().hidden(),
                ae.dimensions(), ae.reconstructionR2(), ae.pcaR2(), ae.dimensions(), ae.dimensions() == 1 ? "" : "s",
                ae.anomalyCount(), AutoencoderEmbedding.ANOMALY_PERCENTILE);
        return new EmbeddingSummary(EmbeddingChoice.AUTOENCODER, ae.dimensions(), ae.model().hidden(),
                finite(ae.meanError()), finite(ae.validationError()), finite(ae.reconstructionR2()),
                finite(ae.pcaError()), finite(ae.pcaR2()), finite(ae.anomalyThreshold()),
                AutoencoderEmbedding.ANOMALY_PERCENTILE, ae.anomalyCount(), ae.training().epochs(),
                ae.training().bestEpoch(), ae.training().stoppedEarly(), ae.trainingRows(), ae.validationRows(),
                Math.round(ae.seconds() * 100) / 100.0, sentence);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
