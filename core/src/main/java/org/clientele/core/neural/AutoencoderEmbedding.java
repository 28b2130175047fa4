package org.clientele.core.neural;

/**
 * An autoencoder fitted to a table's standardized features, and what it says about every row.
 *
 * @param model              the trained weights (embeds new rows of the same features)
 * @param codes              rows x bottleneck: the learned coordinates of every row
 * @param errors             per row, the mean squared reconstruction error over the features
 * @param anomalies          per row, error above {@code anomalyThreshold}
 * @param anomalyThreshold   the {@link #ANOMALY_PERCENTILE}th percentile of the training rows' errors
 * @param meanError          mean of {@code errors} over all rows
 * @param validationError    mean error of the rows held out from training (early stopping)
 * @param reconstructionR2   1 − (sum of squared errors / total sum of squares about the feature means)
 * @param pcaError           mean squared error of reconstructing every row from as many principal components
 * @param pcaR2              share of variance those principal components explain (PCA's R²)
 * @param trainingRows       rows the weights were fitted on
 * @param validationRows     rows held out
 * @param seconds            wall time of training
 */
public record AutoencoderEmbedding(AutoencoderModel model, double[][] codes, double[] errors, boolean[] anomalies,
                                   double anomalyThreshold, double meanError, double validationError,
                                   double reconstructionR2, double pcaError, double pcaR2,
                                   AutoencoderTraining training, int trainingRows, int validationRows,
                                   double seconds, long seed) {

    /** Rows above this percentile of the training rows' reconstruction error are flagged as anomalies. */
    public static final double ANOMALY_PERCENTILE = 99;

    public int dimensions() {
        return model.bottleneck();
    }

    public int anomalyCount() {
        int c = 0;
        for (boolean a : anomalies) {
            if (a) {
                c++;
            }
        }
        return c;
    }
}
