package org.clientele.core.analysis;

import org.clientele.core.data.Table;
import org.clientele.core.neural.AutoencoderEmbedding;
import org.clientele.core.segment.AdjustedRandIndex;
import org.clientele.core.segment.ClusterIndices;
import org.clientele.core.segment.SegmentOptions;
import org.clientele.core.segment.SegmentationResult;
import org.clientele.core.task.Progress;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares the spaces a segmentation can cluster in on one table: k-means with the same k, seed and
 * restarts on the standardized features, on their first DIMS principal components and on a DIMS-dimensional
 * autoencoder bottleneck. For each: reconstruction error of the standardized features from the DIMS
 * coordinates, silhouette in the space clustered and in the standardized space (so the numbers are
 * comparable), agreement with the standardized clustering (ARI) and wall time.
 */
public final class EmbeddingBenchmark {

    /** Above this many rows the silhouette in the standardized space is not computed (it is quadratic). */
    static final int SILHOUETTE_LIMIT = 10_000;

    /**
     * @param reconstructionError mean squared error per feature (standardized units); NaN for the features themselves
     * @param reconstructionR2    1 − that error / the features' variance
     * @param silhouette          in the space clustered
     * @param standardizedSilhouette the same labels' silhouette in the standardized space (NaN above the limit)
     * @param ari                 agreement with the clustering of the standardized features
     * @param seconds             the whole segmentation, training included
     * @param trainingSeconds     the autoencoder's training alone (NaN otherwise)
     */
    public record Row(String space, int dimensions, double reconstructionError, double reconstructionR2,
                      double silhouette, double standardizedSilhouette, double ari, double seconds,
                      double trainingSeconds, int epochs, int anomalies) {
    }

    private EmbeddingBenchmark() {
    }

    public static List<Row> run(Path file, Table table, int k, int[] dimensions, long seed) {
        SegmentOptions options = SegmentOptions.DEFAULT.withK(k).withBootstrap(0).toBuilder().seed(seed).build();
        List<Row> rows = new ArrayList<>();
        long t0 = System.nanoTime();
        SegmentationReport base = SegmentationRun.run(file, table, options, Progress.NONE);
        double baseSeconds = (System.nanoTime() - t0) / 1e9;
        SegmentationResult b = base.result();
        double[][] x = b.preprocessed();
        rows.add(new Row(EmbeddingChoice.STANDARDIZED, x[0].length, Double.NaN, Double.NaN, b.silhouette(),
                silhouette(x, b.labels()), 1.0, baseSeconds, Double.NaN, 0, 0));
        for (int d : dimensions) {
            for (EmbeddingChoice choice : List.of(new EmbeddingChoice(EmbeddingChoice.PCA, d),
                    EmbeddingChoice.autoencoder(d))) {
                long t = System.nanoTime();
                SegmentationReport r = SegmentationRun.run(file, table, options, base.rfmRules() == null
                        ? org.clientele.core.segment.rfm.RfmRuleTable.defaults() : base.rfmRules(),
                        org.clientele.core.segment.profile.ColumnVocabulary.defaults(), choice, Progress.NONE);
                double seconds = (System.nanoTime() - t) / 1e9;
                EmbeddingSummary e = r.document().embedding();
                AutoencoderEmbedding ae = r.autoencoder();
                double error = ae != null ? ae.meanError() : e.pcaReconstructionError();
                double r2 = ae != null ? ae.reconstructionR2() : e.pcaR2();
                rows.add(new Row(choice.method(), d, error, r2, r.result().silhouette(),
                        silhouette(x, r.result().labels()), AdjustedRandIndex.of(b.labels(), r.result().labels()),
                        seconds, ae == null ? Double.NaN : ae.seconds(), ae == null ? 0 : ae.training().epochs(),
                        ae == null ? 0 : ae.anomalyCount()));
            }
        }
        return rows;
    }

    private static double silhouette(double[][] x, int[] labels) {
        return x.length > SILHOUETTE_LIMIT ? Double.NaN : ClusterIndices.silhouette(x, labels);
    }
}
