package org.clientele.core.neural;

/**
 * The losses and predictions of the two value heads in plain Java, for early stopping on validation rows
 * and for predicting; {@link TensorFlowTraining} builds the same losses as graph operations.
 */
final class ValueLoss {

    /** σ is kept above √1e-7, as in the ZILN paper's reference code (Keras's epsilon). */
    static final double SIGMA_FLOOR = Math.sqrt(1e-7);
    static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    private ValueLoss() {
    }

    static double softplus(double v) {
        return v > 30 ? v : Math.log1p(Math.exp(v));
    }

    static double sigma(double raw) {
        return Math.max(softplus(raw), SIGMA_FLOOR);
    }

    static double probability(double logit) {
        return 1 / (1 + Math.exp(-logit));
    }

    /** The mean loss of {@code outputs} for targets {@code y} (on the training scale). */
    static double loss(ValueHead head, double[][] outputs, double[] y) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            double[] o = outputs[i];
            if (head == ValueHead.MSE) {
                double d = o[0] - y[i];
                sum += d * d;
            } else {
                double positive = y[i] > 0 ? 1 : 0;
                sum += softplus(o[0]) - positive * o[0];
                if (positive > 0) {
                    double s = sigma(o[2]);
                    double logY = Math.log(y[i]);
                    double z = (logY - o[1]) / s;
                    sum += logY + Math.log(s) + HALF_LOG_TWO_PI + 0.5 * z * z;
                }
            }
        }
        return sum / y.length;
    }

    /** The expected value on the training scale: the output itself, or p · exp(μ + σ²/2). */
    static double expectation(ValueHead head, double[] o) {
        if (head == ValueHead.MSE) {
            return o[0];
        }
        double s = sigma(o[2]);
        return probability(o[0]) * Math.exp(Math.min(o[1] + 0.5 * s * s, 700));
    }
}
