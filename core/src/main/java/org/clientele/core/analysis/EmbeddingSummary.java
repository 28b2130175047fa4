package org.clientele.core.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.clientele.core.neural.Autoencoder;
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
        if (ae == null && r.transformed() != r.preprocessed() && r.transformed().length > 0) {
            int dims = r.transformed()[0].length;
            double error = Autoencoder.pcaError(r.preprocessed(), dims);
            double r2 = 1 - error / meanSquare(r.preprocessed());
            return new EmbeddingSummary(EmbeddingChoice.PCA, dims, null, null, null, null, error, r2, null, null, null,
                    null, null, null, null, null, null, String.format(Locale.ROOT, "clustered on the first %d "
                    + "principal components of the %d preprocessed features (R² %.3f)", dims,
                    r.preprocessed()[0].length, r2));
        }
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

    /** Mean squared deviation from the column means, per feature: the error of reconstructing by the means. */
    private static double meanSquare(double[][] x) {
        int d = x[0].length;
        double[] mean = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / x.length;
            }
        }
        double s = 0;
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                s += (row[j] - mean[j]) * (row[j] - mean[j]);
            }
        }
        return s / ((double) x.length * d);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
