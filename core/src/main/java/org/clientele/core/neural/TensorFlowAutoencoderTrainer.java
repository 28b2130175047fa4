package org.clientele.core.neural;

import org.clientele.core.task.Progress;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.StdArrays;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TFloat32;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Trains the autoencoder of {@link AutoencoderModel} with TensorFlow: mean squared reconstruction error,
 * Adam (Kingma &amp; Ba 2015; beta1 0.9, beta2 0.999, epsilon 1e-7 as Keras), mini-batches, early stopping on a validation split (the best epoch's weights
 * are kept). The only class of the autoencoder that touches TensorFlow, so the native library loads only
 * when an autoencoder is trained. Reproducible: weights (Glorot &amp; Bengio 2010 uniform) and batch order
 * come from a seeded {@link Random}, and TensorFlow runs on one thread so sums are always taken in the
 * same order.
 */
final class TensorFlowAutoencoderTrainer {

    private TensorFlowAutoencoderTrainer() {
    }

    /** @param train rows to learn from; @param validation rows that decide when to stop */
    static AutoencoderTraining train(float[][] train, float[][] validation, AutoencoderOptions o, Progress progress) {
        int d = train[0].length;
        int h = o.hiddenFor(d);
        int b = o.bottleneck();
        Random random = new Random(o.seed());
        float[][][] init = {glorot(d, h, random), glorot(h, b, random), glorot(b, h, random), glorot(h, d, random)};
        try (Graph graph = new Graph()) {
            Ops tf = Ops.create(graph);
            Net net = build(tf, graph, init, d, (float) o.learningRate());
            ConfigProto oneThread = ConfigProto.newBuilder().setIntraOpParallelismThreads(1)
                    .setInterOpParallelismThreads(1).build();
            try (Session session = new Session(graph, oneThread); TFloat32 validationRows = tensor(validation)) {
                session.initialize();
                return loop(session, net, train, validationRows, d, h, b, o, random, progress);
            }
        }
    }

    /** The graph's handles: input, loss, one Adam step and the bias corrections it is fed. */
    private record Net(Placeholder<TFloat32> x, Operand<TFloat32> loss, OrderedAdam adam, Variable<TFloat32>[] vars) {
    }

    private static Net build(Ops tf, Graph graph, float[][][] init, int d, float learningRate) {
        Placeholder<TFloat32> x = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, d)));
        @SuppressWarnings("unchecked")
        Variable<TFloat32>[] vars = new Variable[8];
        for (int l = 0; l < 4; l++) {
            vars[2 * l] = tf.withName("w" + l).variable(tf.constant(init[l]));
            vars[2 * l + 1] = tf.withName("b" + l).variable(tf.constant(new float[init[l][0].length]));
        }
        Operand<TFloat32> h1 = tf.math.tanh(tf.math.add(tf.linalg.matMul(x, vars[0]), vars[1]));
        Operand<TFloat32> code = tf.math.add(tf.linalg.matMul(h1, vars[2]), vars[3]);
        Operand<TFloat32> h2 = tf.math.tanh(tf.math.add(tf.linalg.matMul(code, vars[4]), vars[5]));
        Operand<TFloat32> out = tf.math.add(tf.linalg.matMul(h2, vars[6]), vars[7]);
        Operand<TFloat32> loss = tf.math.mean(tf.math.squaredDifference(out, x), tf.constant(new int[] {0, 1}));
        OrderedAdam adam = OrderedAdam.minimize(tf, graph, loss, List.of(vars), learningRate);
        return new Net(x, loss, adam, vars);
    }

    private static AutoencoderTraining loop(Session session, Net net, float[][] train, TFloat32 validationRows,
                                            int d, int h, int b, AutoencoderOptions o, Random random,
                                            Progress progress) {
        int n = train.length;
        int batch = Math.min(n, o.batchFor(n));
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        double[] trainLoss = new double[o.maxEpochs()];
        double[] validLoss = new double[o.maxEpochs()];
        double best = Double.POSITIVE_INFINITY;
        AutoencoderModel bestModel = null;
        int bestEpoch = 0;
        int epoch = 0;
        while (epoch < o.maxEpochs() && epoch - bestEpoch < o.patience()) {
            progress.checkCancelled();
            shuffle(order, random);
            double sum = 0;
            for (int start = 0; start < n; start += batch) {
                int m = Math.min(batch, n - start);
                float[][] rows = new float[m][];
                for (int i = 0; i < m; i++) {
                    rows[i] = train[order[start + i]];
                }
                List<Tensor> feeds = new ArrayList<>();
                try (TFloat32 t = tensor(rows)) {
                    Session.Runner runner = session.runner().feed(net.x(), t);
                    net.adam().addStep(runner, feeds);
                    try (Result r = runner.fetch(net.loss()).run()) {
                        sum += ((TFloat32) r.get(0)).getFloat() * m;
                    }
                } finally {
                    feeds.forEach(Tensor::close);
                }
            }
            trainLoss[epoch] = sum / n;
            try (Result r = session.runner().feed(net.x(), validationRows).fetch(net.loss()).run()) {
                validLoss[epoch] = ((TFloat32) r.get(0)).getFloat();
            }
            epoch++;
            if (validLoss[epoch - 1] < best - 1e-7) {
                best = validLoss[epoch - 1];
                bestEpoch = epoch;
                bestModel = weights(session, net.vars(), d, h, b);
            }
            progress.update((double) epoch / o.maxEpochs(), String.format(Locale.ROOT,
                    "Autoencoder epoch %d of at most %d: validation error %.4f (best %.4f, epoch %d)", epoch,
                    o.maxEpochs(), validLoss[epoch - 1], best, bestEpoch));
        }
        boolean early = epoch < o.maxEpochs();
        return new AutoencoderTraining(bestModel, java.util.Arrays.copyOf(trainLoss, epoch),
                java.util.Arrays.copyOf(validLoss, epoch), bestEpoch, early);
    }

    private static AutoencoderModel weights(Session session, Variable<TFloat32>[] vars, int d, int h, int b) {
        Session.Runner runner = session.runner();
        for (Variable<TFloat32> v : vars) {
            runner.fetch(v);
        }
        try (Result r = runner.run()) {
            double[][][] w = new double[4][][];
            double[][] bias = new double[4][];
            for (int l = 0; l < 4; l++) {
                w[l] = toDouble(StdArrays.array2dCopyOf((TFloat32) r.get(2 * l)));
                bias[l] = toDouble(StdArrays.array1dCopyOf((TFloat32) r.get(2 * l + 1)));
            }
            return new AutoencoderModel(d, h, b, w[0], bias[0], w[1], bias[1], w[2], bias[2], w[3], bias[3]);
        }
    }

    private static TFloat32 tensor(float[][] rows) {
        int d = rows[0].length;
        float[] flat = new float[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, flat, i * d, d);
        }
        return TFloat32.tensorOf(Shape.of(rows.length, d), DataBuffers.of(flat, true, false));
    }

    private static float[][] glorot(int in, int out, Random random) {
        double limit = Math.sqrt(6.0 / (in + out));
        float[][] w = new float[in][out];
        for (float[] row : w) {
            for (int j = 0; j < out; j++) {
                row[j] = (float) ((2 * random.nextDouble() - 1) * limit);
            }
        }
        return w;
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static double[][] toDouble(float[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = toDouble(a[i]);
        }
        return out;
    }

    private static double[] toDouble(float[] a) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i];
        }
        return out;
    }
}
