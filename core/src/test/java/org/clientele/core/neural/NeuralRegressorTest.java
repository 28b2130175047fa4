package org.clientele.core.neural;

import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The network on synthetic data with known answers; each fit takes a second or two on one core. */
class NeuralRegressorTest {

    private static final List<String> NAMES = List.of("a", "b", "c");

    /** y = sin(2a) + b² − |c| / 2 + noise(0.1): nonlinear in every input, so no line and no mean can fit it. */
    private static double[][] rows(int n, long seed, double[] y) {
        Random r = new Random(seed);
        double[][] x = new double[n][3];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = r.nextGaussian();
            }
            y[i] = Math.sin(2 * x[i][0]) + x[i][1] * x[i][1] - Math.abs(x[i][2]) / 2 + 0.1 * r.nextGaussian();
        }
        return x;
    }

    private static double r2(double[] actual, double[] predicted) {
        double mean = java.util.Arrays.stream(actual).average().orElse(0);
        double ss = 0;
        double sr = 0;
        for (int i = 0; i < actual.length; i++) {
            ss += (actual[i] - mean) * (actual[i] - mean);
            sr += (actual[i] - predicted[i]) * (actual[i] - predicted[i]);
        }
        return 1 - sr / ss;
    }

    @Test
    void learnsANonlinearFunctionFarBetterThanTheMean() {
        double[] y = new double[600];
        double[][] x = rows(600, 1, y);
        double[] testY = new double[300];
        double[][] testX = rows(300, 2, testY);
        NeuralRegressor net = NeuralRegressor.fit(NAMES, x, y, NetworkSettings.defaults().withSegments(0), 7,
                Progress.NONE, "test");
        double r2 = r2(testY, net.predict(testX));
        double trainMean = java.util.Arrays.stream(y).average().orElse(0);
        double meanBaseline = r2(testY, java.util.Arrays.stream(testY).map(v -> trainMean).toArray());
        assertTrue(meanBaseline < 0.01, "the mean baseline explains nothing: " + meanBaseline);
        assertTrue(r2 > 0.75, "held-out R2 of the network " + r2);
    }

    @Test
    void sameSeedSameNetwork() {
        double[] y = new double[200];
        double[][] x = rows(200, 3, y);
        NetworkSettings s = NetworkSettings.defaults().withMaxEpochs(15);
        double[] first = NeuralRegressor.fit(NAMES, x, y, s, 11, Progress.NONE, "a").predict(x);
        double[] second = NeuralRegressor.fit(NAMES, x, y, s, 11, Progress.NONE, "b").predict(x);
        assertArrayEquals(first, second, 0.0);
    }

    @Test
    void earlyStoppingStopsAndKeepsTheBestEpoch() {
        // Pure noise: the validation loss stops improving within a few epochs.
        Random r = new Random(5);
        double[][] x = new double[300][3];
        double[] y = new double[300];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = r.nextGaussian();
            }
            y[i] = r.nextGaussian();
        }
        NeuralRegressor net = NeuralRegressor.fit(NAMES, x, y, NetworkSettings.defaults().withPatience(4)
                .withMaxEpochs(400), 3, Progress.NONE, "noise");
        assertTrue(net.epochs() < 400, "ran all " + net.epochs() + " epochs");
        assertEquals(net.bestEpoch() + 4, net.epochs(), "stops exactly `patience` epochs after the best one");
    }

    @Test
    void zilnRecoversTheProbabilityOfBuying() {
        // P(buy) = sigmoid(2a); spend given a purchase lognormal(μ = 1 + 0.5 b, σ = 0.5).
        int n = 3000;
        Random r = new Random(9);
        double[][] x = new double[n][3];
        double[] y = new double[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = r.nextGaussian();
            }
            p[i] = 1 / (1 + Math.exp(-2 * x[i][0]));
            y[i] = r.nextDouble() < p[i] ? Math.exp(1 + 0.5 * x[i][1] + 0.5 * r.nextGaussian()) : 0;
        }
        NeuralRegressor net = NeuralRegressor.fit(NAMES, x, y, NetworkSettings.defaults().withHead(ValueHead.ZILN)
                .withSegments(0), 5, Progress.NONE, "ziln");
        double[] fitted = net.probabilityPositive(x);
        double error = 0;
        for (int i = 0; i < n; i++) {
            error += Math.abs(fitted[i] - p[i]);
        }
        error /= n;
        assertTrue(error < 0.06, "mean |P(buy) - true P(buy)| = " + error);
        // The expected spend p·exp(μ + σ²/2) follows the truth: E = p · exp(1 + 0.5 b + 0.125).
        double[] expected = new double[n];
        for (int i = 0; i < n; i++) {
            expected[i] = p[i] * Math.exp(1 + 0.5 * x[i][1] + 0.125);
        }
        assertTrue(r2(expected, net.predict(x)) > 0.8, "expected spend R2 " + r2(expected, net.predict(x)));
    }
}
