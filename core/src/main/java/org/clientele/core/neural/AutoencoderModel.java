package org.clientele.core.neural;

import java.util.Arrays;

/**
 * A trained autoencoder as plain arrays, so that embedding and scoring rows need no TensorFlow:
 * input (d) → tanh hidden (h) → linear bottleneck (b) → tanh hidden (h) → linear output (d).
 * Each weight matrix is stored row-major as in {@code y = x · W + bias} (in × out).
 *
 * @param inputs     d, the number of (standardized) input features
 * @param hidden     h, units of each hidden layer
 * @param bottleneck b, the number of learned coordinates
 */
public record AutoencoderModel(int inputs, int hidden, int bottleneck, double[][] encoderHidden,
                               double[] encoderHiddenBias, double[][] encoderCode, double[] encoderCodeBias,
                               double[][] decoderHidden, double[] decoderHiddenBias, double[][] decoderOutput,
                               double[] decoderOutputBias) {

    public AutoencoderModel {
        check(encoderHidden, encoderHiddenBias, inputs, hidden, "encoderHidden");
        check(encoderCode, encoderCodeBias, hidden, bottleneck, "encoderCode");
        check(decoderHidden, decoderHiddenBias, bottleneck, hidden, "decoderHidden");
        check(decoderOutput, decoderOutputBias, hidden, inputs, "decoderOutput");
    }

    private static void check(double[][] w, double[] bias, int in, int out, String name) {
        if (w.length != in || bias.length != out || Arrays.stream(w).anyMatch(r -> r.length != out)) {
            throw new IllegalArgumentException(name + " must be " + in + " x " + out);
        }
    }

    /** The bottleneck coordinates of each row (rows x b). */
    public double[][] encode(double[][] x) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = encode(x[i]);
        }
        return out;
    }

    public double[] encode(double[] row) {
        requireWidth(row);
        return layer(layer(row, encoderHidden, encoderHiddenBias, true), encoderCode, encoderCodeBias, false);
    }

    /** The input reconstructed from bottleneck coordinates. */
    public double[] decode(double[] code) {
        return layer(layer(code, decoderHidden, decoderHiddenBias, true), decoderOutput, decoderOutputBias, false);
    }

    public double[] reconstruct(double[] row) {
        return decode(encode(row));
    }

    /** Per row, the mean squared difference between the row and its reconstruction (in input units). */
    public double[] reconstructionErrors(double[][] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double[] r = reconstruct(x[i]);
            double s = 0;
            for (int j = 0; j < inputs; j++) {
                double e = x[i][j] - r[j];
                s += e * e;
            }
            out[i] = s / inputs;
        }
        return out;
    }

    private void requireWidth(double[] row) {
        if (row.length != inputs) {
            throw new IllegalArgumentException("the autoencoder takes " + inputs + " features, got " + row.length);
        }
    }

    private static double[] layer(double[] in, double[][] w, double[] bias, boolean tanh) {
        double[] out = bias.clone();
        for (int i = 0; i < in.length; i++) {
            double v = in[i];
            if (v == 0) {
                continue;
            }
            double[] wi = w[i];
            for (int j = 0; j < out.length; j++) {
                out[j] += v * wi[j];
            }
        }
        if (tanh) {
            for (int j = 0; j < out.length; j++) {
                out[j] = Math.tanh(out[j]);
            }
        }
        return out;
    }
}
