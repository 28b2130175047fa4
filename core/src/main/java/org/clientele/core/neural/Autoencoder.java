package org.clientele.core.neural;

import org.clientele.core.UnusableDataException;
import org.clientele.core.UserInputException.Reason;
import org.clientele.core.segment.Pca;
import org.clientele.core.stats.Descriptive;
import org.clientele.core.task.Progress;

import java.util.Arrays;
import java.util.Random;

/**
 * Learns a few coordinates per customer with an autoencoder (Hinton &amp; Salakhutdinov 2006) on standardized
 * features: the bottleneck is an alternative to principal components for the map and for clustering, and a
 * row the network reconstructs badly is unusual (reconstruction error as an anomaly score).
 */
public final class Autoencoder {

    /** Fewer rows than this cannot be split into training and validation rows worth the name. */
    public static final int MIN_ROWS = 20;

    private Autoencoder() {
    }

    /** @param x rows x features, already standardized (as the segmentation clusters them) */
    public static AutoencoderEmbedding fit(double[][] x, AutoencoderOptions o, Progress progress) {
        int n = x.length;
        if (n < MIN_ROWS) {
            throw new UnusableDataException(Reason.TOO_FEW_ROWS, "the autoencoder needs at least " + MIN_ROWS
                    + " customers, got " + n, "Use the standardized features or principal components instead");
        }
        int d = x[0].length;
        if (d < 2) {
            throw new UnusableDataException(Reason.TOO_FEW_ROWS, "the autoencoder needs at least 2 features, got "
                    + d, "Choose more feature columns");
        }
        long start = System.nanoTime();
        int[] order = permutation(n, new Random(o.seed() ^ 0x5DEECE66DL));
        int used = Math.min(n, o.maxTrainingRows());
        int validation = Math.max(2, (int) Math.round(used * o.validationFraction()));
        int[] validRows = Arrays.copyOfRange(order, 0, validation);
        int[] trainRows = Arrays.copyOfRange(order, validation, used);
        progress.update(0, "Training the autoencoder (" + d + " features → " + o.bottleneck() + ")");
        AutoencoderTraining training;
        try {
            training = TensorFlowAutoencoderTrainer.train(floats(x, trainRows), floats(x, validRows), o, progress);
        } catch (LinkageError e) {
            throw new IllegalStateException("TensorFlow could not be loaded on this computer (" + e + "); the "
                    + "autoencoder needs TensorFlow's native library for " + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch"), e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        AutoencoderModel model = training.model();
        double[][] codes = model.encode(x);
        double[] errors = model.reconstructionErrors(x);
        double threshold = Descriptive.quantile(select(errors, trainRows), ANOMALY_FRACTION);
        boolean[] anomalies = new boolean[n];
        for (int i = 0; i < n; i++) {
            anomalies[i] = errors[i] > threshold;
        }
        double mean = Arrays.stream(errors).average().orElse(Double.NaN);
        double validationError = Arrays.stream(select(errors, validRows)).average().orElse(Double.NaN);
        double total = totalSquares(x);
        double r2 = total > 0 ? 1 - mean * n * d / total : Double.NaN;
        double pcaError = pcaError(x, o.bottleneck());
        double pcaR2 = total > 0 ? 1 - pcaError * n * d / total : Double.NaN;
        progress.update(1, String.format(java.util.Locale.ROOT, "Autoencoder trained: reconstruction R² %.3f", r2));
        return new AutoencoderEmbedding(model, codes, errors, anomalies, threshold, mean, validationError, r2, pcaError,
                pcaR2, training, trainRows.length, validRows.length, seconds, o.seed());
    }

    private static final double ANOMALY_FRACTION = AutoencoderEmbedding.ANOMALY_PERCENTILE / 100;

    /** Mean squared error of reconstructing each row from its first {@code components} principal components. */
    public static double pcaError(double[][] x, int components) {
        int d = x[0].length;
        Pca.Result p = Pca.fit(x, Math.min(components, d));
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double[] r = p.means().clone();
            for (int c = 0; c < p.components(); c++) {
                double score = p.coordinates()[i][c];
                for (int j = 0; j < d; j++) {
                    r[j] += score * p.loadings()[c][j];
                }
            }
            for (int j = 0; j < d; j++) {
                double e = x[i][j] - r[j];
                sum += e * e;
            }
        }
        return sum / ((double) x.length * d);
    }

    private static double totalSquares(double[][] x) {
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
                double e = row[j] - mean[j];
                s += e * e;
            }
        }
        return s;
    }

    private static int[] permutation(int n, Random random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    private static float[][] floats(double[][] x, int[] rows) {
        float[][] out = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            double[] src = x[rows[i]];
            float[] f = new float[src.length];
            for (int j = 0; j < f.length; j++) {
                f[j] = (float) src[j];
            }
            out[i] = f;
        }
        return out;
    }

    private static double[] select(double[] values, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }
}
