package org.clientele.core.neural;

import java.util.List;

/**
 * A trained feed-forward network, evaluated in plain Java (no TensorFlow needed to predict): the inputs
 * are the numeric columns followed by one embedding vector per categorical column, then each hidden layer
 * is dense (no bias: batch normalization's β takes its place) → batch normalization with the running
 * statistics (Ioffe &amp; Szegedy 2015) → ReLU; dropout is a training-time operation only. The output layer
 * is dense with a bias.
 *
 * @param embeddings {@code embeddings[column][level][d]}
 * @param layers     the hidden layers in order
 * @param outWeights inputs × outputs
 * @param outBias    one per output
 */
public record NetworkWeights(float[][][] embeddings, List<HiddenLayer> layers, float[][] outWeights, float[] outBias) {

    /** Keras's default: added to the variance before dividing by its root. */
    public static final double BATCH_NORM_EPSILON = 1e-3;

    /**
     * @param weights inputs × units
     * @param mean    running mean of the layer's pre-activations
     * @param var     running variance of the layer's pre-activations
     */
    public record HiddenLayer(float[][] weights, float[] gamma, float[] beta, float[] mean, float[] var) {
    }

    public NetworkWeights {
        layers = List.copyOf(layers);
    }

    /** The raw outputs, {@code result[row][output]}. */
    public double[][] forward(float[][] numeric, int[][] levels) {
        int n = numeric.length;
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] h = input(numeric[i], levels, i);
            for (HiddenLayer l : layers) {
                h = hidden(h, l);
            }
            double[] o = new double[outBias.length];
            for (int k = 0; k < o.length; k++) {
                double s = outBias[k];
                for (int j = 0; j < h.length; j++) {
                    s += h[j] * outWeights[j][k];
                }
                o[k] = s;
            }
            out[i] = o;
        }
        return out;
    }

    private double[] input(float[] numeric, int[][] levels, int row) {
        int width = numeric.length;
        for (float[][] e : embeddings) {
            width += e[0].length;
        }
        double[] h = new double[width];
        int at = 0;
        for (float v : numeric) {
            h[at++] = v;
        }
        for (int c = 0; c < embeddings.length; c++) {
            float[] vector = embeddings[c][levels[c][row]];
            for (float v : vector) {
                h[at++] = v;
            }
        }
        return h;
    }

    private static double[] hidden(double[] h, HiddenLayer l) {
        int units = l.gamma().length;
        double[] out = new double[units];
        for (int u = 0; u < units; u++) {
            double z = 0;
            for (int j = 0; j < h.length; j++) {
                z += h[j] * l.weights()[j][u];
            }
            double normalized = (z - l.mean()[u]) / Math.sqrt(l.var()[u] + BATCH_NORM_EPSILON);
            out[u] = Math.max(0, normalized * l.gamma()[u] + l.beta()[u]);
        }
        return out;
    }
}
