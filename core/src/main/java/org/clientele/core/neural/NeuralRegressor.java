package org.clientele.core.neural;

import org.clientele.core.predict.FittedRegressor;
import org.clientele.core.task.Progress;

import java.util.List;
import java.util.Locale;

/**
 * A trained network as a regressor of transformed rows. Training holds back a seeded
 * {@link NetworkSettings#validationFraction()} of the rows it is given for early stopping, so everything it
 * learns comes from those rows. The squared-error head learns a z-scored target; the ZILN head learns the
 * target divided by the mean positive target, so that μ starts near 0 whatever the currency.
 *
 * @param segments  the mixture whose memberships are appended to the numeric inputs, or null
 * @param center    subtracted from the target before training (MSE head)
 * @param scale     the target was divided by this before training
 * @param bestEpoch the epoch whose weights were kept; {@code epochs} how many ran
 * @param validationLoss the validation loss at the best epoch (on the training scale)
 */
public record NeuralRegressor(TabularInputs inputs, SegmentMemberships segments, NetworkWeights weights,
                              NetworkSettings network, double center, double scale, int bestEpoch, int epochs,
                              double validationLoss) implements FittedRegressor {

    /** Trains a network with {@code s} on {@code x} (transformed rows named {@code names}) and {@code y}. */
    public static NeuralRegressor fit(List<String> names, double[][] x, double[] y, NetworkSettings s, long seed,
                                      Progress progress, String label) {
        int n = x.length;
        if (n < 10) {
            throw new IllegalArgumentException("a neural network needs at least 10 training rows, not " + n);
        }
        ValueHead head = s.head();
        TabularInputs inputs = TabularInputs.of(names, s.minEmbeddingLevels());
        float[][] numeric = inputs.numericPart(x);
        SegmentMemberships segments = s.segments() >= 2 && inputs.numeric().length > 0 && n >= 20 * s.segments()
                ? SegmentMemberships.fit(numeric, s.segments(), seed) : null;
        if (segments != null) {
            numeric = segments.append(numeric);
        }
        int[][] levels = inputs.levels(x);
        double center = 0;
        double scale = 1;
        double[] yt = new double[n];
        if (head == ValueHead.MSE) {
            double mean = java.util.Arrays.stream(y).average().orElse(0);
            double var = java.util.Arrays.stream(y).map(v -> (v - mean) * (v - mean)).sum() / n;
            center = mean;
            scale = var > 0 ? Math.sqrt(var) : 1;
        } else {
            if (java.util.Arrays.stream(y).anyMatch(v -> v < 0)) {
                throw new IllegalArgumentException("the ZILN head needs a non-negative target");
            }
            double positiveMean = java.util.Arrays.stream(y).filter(v -> v > 0).average().orElse(1);
            scale = positiveMean > 0 ? positiveMean : 1;
        }
        for (int i = 0; i < n; i++) {
            yt[i] = (y[i] - center) / scale;
        }
        int[] order = shuffled(n, seed ^ 0x9E3779B97F4A7C15L);
        int nVal = Math.max(2, (int) Math.round(n * s.validationFraction()));
        int[] val = java.util.Arrays.copyOfRange(order, 0, nVal);
        int[] train = java.util.Arrays.copyOfRange(order, nVal, n);
        float[][] valX = pick(numeric, val);
        int[][] valLevels = pick(levels, val);
        double[] valY = pick(yt, val);
        int[] counts = inputs.embedded().stream().mapToInt(TabularInputs.EmbeddedColumn::levels).toArray();
        int[] dims = inputs.embedded().stream().mapToInt(TabularInputs.EmbeddedColumn::dimension).toArray();
        TensorFlowTraining.Outcome o = TensorFlowTraining.train(pick(numeric, train), pick(levels, train), counts, dims,
                pick(yt, train), startingBias(head, pick(yt, train)), s, seed,
                w -> ValueLoss.loss(head, w.forward(valX, valLevels), valY), progress, label);
        return new NeuralRegressor(inputs, segments, o.weights(), s, center, scale, o.bestEpoch(), o.epochs(),
                o.bestLoss());
    }

    /** The output bias to start from: 0 for MSE; for ZILN the logit of the share of positives and the
     *  mean and spread of log y among them, so the first epochs need not learn the target's level. */
    static float[] startingBias(ValueHead head, double[] y) {
        if (head == ValueHead.MSE) {
            return new float[] {0f};
        }
        double[] logs = java.util.Arrays.stream(y).filter(v -> v > 0).map(Math::log).toArray();
        double p = Math.min(0.99, Math.max(0.01, (double) logs.length / y.length));
        double mu = java.util.Arrays.stream(logs).average().orElse(0);
        double sd = logs.length < 2 ? 1 : Math.sqrt(java.util.Arrays.stream(logs).map(v -> (v - mu) * (v - mu)).sum()
                / (logs.length - 1));
        double sigma = Math.max(0.1, sd);
        return new float[] {(float) Math.log(p / (1 - p)), (float) mu, (float) Math.log(Math.expm1(sigma))};
    }

    /** The raw head outputs for transformed rows. */
    double[][] outputs(double[][] rows) {
        float[][] numeric = inputs.numericPart(rows);
        if (segments != null) {
            numeric = segments.append(numeric);
        }
        return weights.forward(numeric, inputs.levels(rows));
    }

    @Override
    public double[] predict(double[][] rows) {
        double[][] o = outputs(rows);
        double[] out = new double[rows.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = center + scale * ValueLoss.expectation(network.head(), o[i]);
        }
        return out;
    }

    /** ZILN head only: each row's probability of a positive target (buying again). */
    public double[] probabilityPositive(double[][] rows) {
        if (network.head() != ValueHead.ZILN) {
            throw new IllegalStateException("only the ZILN head predicts a probability of buying");
        }
        double[][] o = outputs(rows);
        double[] p = new double[rows.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = ValueLoss.probability(o[i][0]);
        }
        return p;
    }

    @Override
    public String settings() {
        return String.format(Locale.ROOT, "%s, layers=%s, head=%s, epochs=%d (best %d)%s%s", network.describe(),
                java.util.Arrays.toString(network.layerWidths()), network.head().name().toLowerCase(Locale.ROOT),
                epochs, bestEpoch, inputs.embedded().isEmpty() ? "" : ", embeddings=" + inputs.embedded().stream()
                        .map(e -> e.column() + ":" + e.levels() + "x" + e.dimension()).toList(),
                segments == null ? "" : ", segment memberships=" + segments.components());
    }

    static int[] shuffled(int n, long seed) {
        int[] order = java.util.stream.IntStream.range(0, n).toArray();
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private static float[][] pick(float[][] x, int[] rows) {
        float[][] out = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = x[rows[i]];
        }
        return out;
    }

    private static int[][] pick(int[][] levels, int[] rows) {
        int[][] out = new int[levels.length][rows.length];
        for (int c = 0; c < levels.length; c++) {
            for (int i = 0; i < rows.length; i++) {
                out[c][i] = levels[c][rows[i]];
            }
        }
        return out;
    }

    private static double[] pick(double[] y, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = y[rows[i]];
        }
        return out;
    }
}
