package org.clientele.core.neural;

import org.clientele.core.task.Progress;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Trains a {@link NetworkWeights} network with TF-Java (TensorFlow 2.16) by mini-batch Adam (Kingma &amp; Ba
 * 2015). The graph holds the training-mode network only: batch normalization normalizes by the batch's own
 * mean and variance (Ioffe &amp; Szegedy 2015), whose running averages are kept here in Java, and dropout
 * multiplies by masks drawn here. Weights start from seeded draws made here too, and the session runs on one
 * thread, so a seed gives the same network on any run. After each epoch the weights are copied out and the
 * validation loss is computed in Java; training stops after {@code patience} epochs without improvement and
 * returns the best epoch's weights. With the autoencoder's trainer, the only classes that touch TensorFlow;
 * both step with {@link OrderedAdam}.
 */
final class TensorFlowTraining {

    /** The best epoch's weights and how training went. */
    record Outcome(NetworkWeights weights, int bestEpoch, int epochs, double bestLoss) {
    }

    /** Scores weights on the validation rows (lower is better). */
    @FunctionalInterface
    interface Validation {
        double loss(NetworkWeights weights);
    }

    private TensorFlowTraining() {
    }

    /**
     * @param x       numeric inputs, rows × columns
     * @param levels  {@code levels[column][row]}: level of each embedded column
     * @param counts  levels of each embedded column; {@code dims} the embedding lengths
     * @param y       targets on the training scale
     * @param outBias starting output bias (one per output)
     */
    static Outcome train(float[][] x, int[][] levels, int[] counts, int[] dims, double[] y, float[] outBias,
                         NetworkSettings s, long seed, Validation validation, Progress progress, String label) {
        int n = x.length;
        int d = n == 0 ? 0 : x[0].length;
        int[] widths = s.layerWidths();
        SplittableRandom rnd = new SplittableRandom(seed);
        try (Graph g = new Graph()) {
            Ops tf = Ops.create(g);
            Placeholder<TFloat32> xIn = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, d)));
            List<Placeholder<TInt32>> levelIn = new ArrayList<>();
            List<Variable<TFloat32>> embeddings = new ArrayList<>();
            List<Operand<TFloat32>> parts = new ArrayList<>();
            parts.add(xIn);
            int in = d;
            for (int c = 0; c < counts.length; c++) {
                Placeholder<TInt32> li = tf.placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
                Variable<TFloat32> e = tf.variable(tf.constant(uniform(counts[c], dims[c], 0.05, rnd)));
                levelIn.add(li);
                embeddings.add(e);
                parts.add(tf.gather(e, li, tf.constant(0)));
                in += dims[c];
            }
            Operand<TFloat32> h = parts.size() == 1 ? xIn : tf.concat(parts, tf.constant(1));
            List<Variable<TFloat32>[]> layerVars = new ArrayList<>();
            List<Operand<TFloat32>> batchMeans = new ArrayList<>();
            List<Operand<TFloat32>> batchVars = new ArrayList<>();
            List<Placeholder<TFloat32>> masks = new ArrayList<>();
            for (int width : widths) {
                @SuppressWarnings("unchecked")
                Variable<TFloat32>[] v = new Variable[] {
                        tf.variable(tf.constant(glorot(in, width, rnd))),
                        tf.variable(tf.constant(filled(width, 1f))),
                        tf.variable(tf.constant(filled(width, 0f)))};
                layerVars.add(v);
                Operand<TFloat32> z = tf.linalg.matMul(h, v[0]);
                Operand<TFloat32> mean = tf.math.mean(z, tf.constant(0));
                Operand<TFloat32> var = tf.math.mean(tf.math.squaredDifference(z, mean), tf.constant(0));
                Operand<TFloat32> normalized = tf.math.mul(tf.math.sub(z, mean),
                        tf.math.rsqrt(tf.math.add(var, tf.constant((float) NetworkWeights.BATCH_NORM_EPSILON))));
                Operand<TFloat32> activated = tf.nn.relu(tf.math.add(tf.math.mul(normalized, v[1]), v[2]));
                Placeholder<TFloat32> mask = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, width)));
                masks.add(mask);
                h = tf.math.mul(activated, mask);
                batchMeans.add(mean);
                batchVars.add(var);
                in = width;
            }
            int outputs = outBias.length;
            Variable<TFloat32> outW = tf.variable(tf.constant(glorot(in, outputs, rnd)));
            Variable<TFloat32> outB = tf.variable(tf.constant(outBias));
            Operand<TFloat32> out = tf.math.add(tf.linalg.matMul(h, outW), outB);
            Placeholder<TFloat32> yIn = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1)));
            Placeholder<TFloat32> positiveIn = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1)));
            Operand<TFloat32> loss = s.head() == ValueHead.MSE
                    ? tf.math.mean(tf.math.squaredDifference(tf.reshape(out, tf.constant(new int[] {-1})), yIn),
                    tf.constant(0))
                    : zilnLoss(tf, out, yIn, positiveIn);
            List<Variable<TFloat32>> trained = new ArrayList<>(embeddings);
            for (Variable<TFloat32>[] v : layerVars) {
                trained.addAll(List.of(v));
            }
            trained.add(outW);
            trained.add(outB);
            OrderedAdam adam = OrderedAdam.minimize(tf, g, loss, trained, (float) s.learningRate());

            ConfigProto config = ConfigProto.newBuilder().setIntraOpParallelismThreads(1)
                    .setInterOpParallelismThreads(1).build();
            try (Session session = new Session(g, config)) {
                session.initialize();
                float[][] runMean = new float[widths.length][];
                float[][] runVar = new float[widths.length][];
                for (int l = 0; l < widths.length; l++) {
                    runMean[l] = filled(widths[l], 0f);
                    runVar[l] = filled(widths[l], 1f);
                }
                float momentum = (float) s.batchNormMomentum();
                NetworkWeights best = null;
                double bestLoss = Double.POSITIVE_INFINITY;
                int bestEpoch = 0;
                int epoch = 0;
                int[] order = java.util.stream.IntStream.range(0, n).toArray();
                while (epoch < s.maxEpochs()) {
                    progress.checkCancelled();
                    epoch++;
                    shuffle(order, rnd);
                    for (int start = 0; start < n; start += s.batchSize()) {
                        int end = Math.min(n, start + s.batchSize());
                        if (end - start < 2) {
                            continue; // batch normalization needs two rows
                        }
                        int[] batch = java.util.Arrays.copyOfRange(order, start, end);
                        List<Tensor> feeds = new ArrayList<>();
                        try {
                            Session.Runner runner = session.runner();
                            runner.feed(xIn, keep(feeds, rows(x, batch, d)));
                            for (int c = 0; c < counts.length; c++) {
                                runner.feed(levelIn.get(c), keep(feeds, ints(levels[c], batch)));
                            }
                            for (int l = 0; l < widths.length; l++) {
                                runner.feed(masks.get(l), keep(feeds, dropoutMask(batch.length, widths[l], s.dropout(), rnd)));
                            }
                            runner.feed(yIn, keep(feeds, targets(y, batch, s.head() == ValueHead.ZILN)));
                            runner.feed(positiveIn, keep(feeds, positiveFlags(y, batch)));
                            adam.addStep(runner, feeds);
                            for (int l = 0; l < widths.length; l++) {
                                runner.fetch(batchMeans.get(l)).fetch(batchVars.get(l));
                            }
                            try (Result r = runner.run()) {
                                for (int l = 0; l < widths.length; l++) {
                                    blend(runMean[l], read((TFloat32) r.get(2 * l), widths[l]), momentum);
                                    blend(runVar[l], read((TFloat32) r.get(2 * l + 1), widths[l]), momentum);
                                }
                            }
                        } finally {
                            feeds.forEach(Tensor::close);
                        }
                    }
                    NetworkWeights w = snapshot(session, embeddings, counts, dims, layerVars, widths, runMean, runVar,
                            outW, outB, outputs);
                    double v = validation.loss(w);
                    if (best == null || v < bestLoss) {
                        best = w;
                        bestLoss = v;
                        bestEpoch = epoch;
                    } else if (epoch - bestEpoch >= s.patience()) {
                        break;
                    }
                    progress.update(-1, String.format(Locale.ROOT, "%s: epoch %d, validation loss %.4g (best %.4g at %d)",
                            label, epoch, v, bestLoss, bestEpoch));
                }
                return new Outcome(best, bestEpoch, epoch, bestLoss);
            }
        }
    }

    /** BCE on (y &gt; 0) plus, on positive rows, the lognormal negative log-likelihood of y (Wang et al. 2019). */
    private static Operand<TFloat32> zilnLoss(Ops tf, Operand<TFloat32> out, Operand<TFloat32> logY,
                                              Operand<TFloat32> positive) {
        Operand<TFloat32> logit = tf.gather(out, tf.constant(0), tf.constant(1));
        Operand<TFloat32> mu = tf.gather(out, tf.constant(1), tf.constant(1));
        Operand<TFloat32> sigma = tf.math.maximum(tf.math.softplus(tf.gather(out, tf.constant(2), tf.constant(1))),
                tf.constant((float) ValueLoss.SIGMA_FLOOR));
        Operand<TFloat32> bce = tf.math.sub(tf.math.softplus(logit), tf.math.mul(positive, logit));
        Operand<TFloat32> z = tf.math.div(tf.math.sub(logY, mu), sigma);
        Operand<TFloat32> nll = tf.math.mul(positive, tf.math.add(tf.math.add(logY, tf.math.log(sigma)),
                tf.math.add(tf.constant((float) ValueLoss.HALF_LOG_TWO_PI), tf.math.mul(tf.constant(0.5f), tf.math.square(z)))));
        return tf.math.mean(tf.math.add(bce, nll), tf.constant(0));
    }

    private static NetworkWeights snapshot(Session session, List<Variable<TFloat32>> embeddings, int[] counts, int[] dims,
                                           List<Variable<TFloat32>[]> layerVars, int[] widths, float[][] runMean,
                                           float[][] runVar, Variable<TFloat32> outW, Variable<TFloat32> outB, int outputs) {
        Session.Runner runner = session.runner();
        embeddings.forEach(runner::fetch);
        for (Variable<TFloat32>[] v : layerVars) {
            runner.fetch(v[0]).fetch(v[1]).fetch(v[2]);
        }
        runner.fetch(outW).fetch(outB);
        try (Result r = runner.run()) {
            int at = 0;
            float[][][] e = new float[counts.length][][];
            for (int c = 0; c < counts.length; c++) {
                e[c] = matrix(read((TFloat32) r.get(at++), counts[c] * dims[c]), counts[c], dims[c]);
            }
            List<NetworkWeights.HiddenLayer> layers = new ArrayList<>();
            int in = -1;
            for (int l = 0; l < widths.length; l++) {
                TFloat32 w = (TFloat32) r.get(at++);
                in = (int) w.shape().get(0);
                layers.add(new NetworkWeights.HiddenLayer(matrix(read(w, in * widths[l]), in, widths[l]),
                        read((TFloat32) r.get(at++), widths[l]), read((TFloat32) r.get(at++), widths[l]),
                        runMean[l].clone(), runVar[l].clone()));
            }
            int last = widths[widths.length - 1];
            float[][] ow = matrix(read((TFloat32) r.get(at++), last * outputs), last, outputs);
            float[] ob = read((TFloat32) r.get(at), outputs);
            return new NetworkWeights(e, layers, ow, ob);
        }
    }

    private static Tensor keep(List<Tensor> feeds, Tensor t) {
        feeds.add(t);
        return t;
    }

    private static TFloat32 rows(float[][] x, int[] batch, int d) {
        float[] flat = new float[batch.length * d];
        for (int i = 0; i < batch.length; i++) {
            System.arraycopy(x[batch[i]], 0, flat, i * d, d);
        }
        return TFloat32.tensorOf(Shape.of(batch.length, d), DataBuffers.of(flat, true, false));
    }

    private static TInt32 ints(int[] values, int[] batch) {
        int[] v = new int[batch.length];
        for (int i = 0; i < batch.length; i++) {
            v[i] = values[batch[i]];
        }
        return TInt32.tensorOf(Shape.of(batch.length), DataBuffers.of(v, true, false));
    }

    /** y itself, or (for the ZILN head) log y on positive rows and 0 on the others (masked out of the loss). */
    private static TFloat32 targets(double[] y, int[] batch, boolean logOfPositive) {
        float[] v = new float[batch.length];
        for (int i = 0; i < batch.length; i++) {
            double t = y[batch[i]];
            v[i] = (float) (!logOfPositive ? t : t > 0 ? Math.log(t) : 0);
        }
        return TFloat32.tensorOf(Shape.of(batch.length), DataBuffers.of(v, true, false));
    }

    private static TFloat32 positiveFlags(double[] y, int[] batch) {
        float[] v = new float[batch.length];
        for (int i = 0; i < batch.length; i++) {
            v[i] = y[batch[i]] > 0 ? 1f : 0f;
        }
        return TFloat32.tensorOf(Shape.of(batch.length), DataBuffers.of(v, true, false));
    }

    /** Inverted dropout: kept units are scaled by 1 / (1 − rate), so prediction needs no rescaling. */
    private static TFloat32 dropoutMask(int rows, int width, double rate, SplittableRandom rnd) {
        float[] m = new float[rows * width];
        float kept = (float) (1 / (1 - rate));
        for (int i = 0; i < m.length; i++) {
            m[i] = rnd.nextDouble() < rate ? 0f : kept;
        }
        return TFloat32.tensorOf(Shape.of(rows, width), DataBuffers.of(m, true, false));
    }

    private static float[] read(TFloat32 t, int size) {
        float[] out = new float[size];
        t.copyTo(DataBuffers.of(out, false, false));
        return out;
    }

    private static float[][] matrix(float[] flat, int rows, int cols) {
        float[][] m = new float[rows][cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(flat, i * cols, m[i], 0, cols);
        }
        return m;
    }

    private static void blend(float[] running, float[] batch, float momentum) {
        for (int j = 0; j < running.length; j++) {
            running[j] = momentum * running[j] + (1 - momentum) * batch[j];
        }
    }

    /** Glorot &amp; Bengio (2010) uniform initialisation, Keras's default for dense layers. */
    private static float[][] glorot(int in, int out, SplittableRandom rnd) {
        double limit = Math.sqrt(6.0 / (in + out));
        return uniform(in, out, limit, rnd);
    }

    private static float[][] uniform(int rows, int cols, double limit, SplittableRandom rnd) {
        float[][] m = new float[rows][cols];
        for (float[] row : m) {
            for (int j = 0; j < cols; j++) {
                row[j] = (float) ((rnd.nextDouble() * 2 - 1) * limit);
            }
        }
        return m;
    }

    private static float[] filled(int n, float v) {
        float[] out = new float[n];
        java.util.Arrays.fill(out, v);
        return out;
    }

    private static void shuffle(int[] a, SplittableRandom rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
