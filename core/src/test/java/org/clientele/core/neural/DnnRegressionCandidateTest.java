package org.clientele.core.neural;

import org.clientele.core.predict.ModelingData;
import org.clientele.core.predict.RegressionComparison;
import org.clientele.core.predict.RegressionOptions;
import org.clientele.core.predict.RegressionResult;
import org.clientele.core.predict.RegressionScore;
import org.clientele.core.predict.InputScale;
import org.clientele.core.task.CancelledException;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DnnRegressionCandidateTest {

    /** A narrower network with light dropout, so that a test fit takes about a second. */
    private static final NetworkSettings SMALL = NetworkSettings.defaults().withHidden(List.of(32, 16, 16, 8))
            .tuned(3e-3, 1.0, 0.1).withMaxEpochs(60).withPatience(8);

    @Test
    void theSearchAlwaysTriesTheDefaultsAndDrawsTheRestBySeed() {
        DnnRegressionCandidate c = new DnnRegressionCandidate("dnn", NetworkSettings.defaults(), 4, Progress.NONE);
        List<NetworkSettings> a = c.searchSpace(1);
        assertEquals(4, a.size());
        assertEquals(NetworkSettings.defaults(), a.get(0));
        assertEquals(a, c.searchSpace(1));
        assertEquals(4, a.stream().distinct().count());
        assertNotEquals(a, c.searchSpace(2));
    }

    @Test
    void joinsTheComparisonWithTheSameFoldsAndReportsEveryEpoch() {
        Random r = new Random(4);
        int n = 240;
        double[][] x = new double[n][2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = r.nextGaussian();
            x[i][1] = r.nextGaussian();
            y[i] = x[i][0] * x[i][0] + Math.sin(2 * x[i][1]) + 0.1 * r.nextGaussian();
        }
        AtomicInteger epochs = new AtomicInteger();
        Progress counting = new Progress() {
            @Override public void update(double fraction, String message) {
                if (message.contains("epoch")) {
                    epochs.incrementAndGet();
                }
            }
            @Override public boolean isCancelled() { return false; }
        };
        RegressionOptions o = RegressionOptions.defaults().withTarget("y").withModels(List.of("mean", "linear"))
                .withExtraCandidates(List.of(new DnnRegressionCandidate("dnn", SMALL, 1, counting)))
                .withInputScales(List.of(InputScale.RAW)).withFolds(3).withTableCv(false)
                .withLogTarget(RegressionOptions.LogTarget.NEVER);
        RegressionResult result = RegressionComparison.run(ModelingData.regression(null, List.of("a", "b"), x, y), o,
                Progress.NONE);
        RegressionScore dnn = result.score("dnn");
        assertEquals(3, dnn.cvR2().length, "the same three folds as the other models");
        assertTrue(dnn.cvR2Mean() > result.score("linear").cvR2Mean() + 0.2,
                "dnn CV R2 " + dnn.cvR2Mean() + " vs linear " + result.score("linear").cvR2Mean());
        assertTrue(dnn.seconds() > 0);
        assertTrue(epochs.get() >= 4, "progress per epoch: " + epochs.get());
        assertTrue(result.report().models().stream().anyMatch(m -> m.name().equals("dnn") && m.seconds() != null));
        // The network won but a bundle cannot hold it: the best savable model is saved, and the report says so.
        assertEquals("dnn", result.best());
        RegressionResult saved = result.savable();
        assertEquals("linear", saved.best());
        assertTrue(saved.report().warnings().stream().anyMatch(w -> w.startsWith("dnn had the highest CV R2")));
        assertEquals("linear", saved.bundle().modelName());
    }

    @Test
    void neuralNamesBecomeExtraCandidates() {
        RegressionOptions o = RegressionOptions.defaults().withModels(List.of("linear", "dnn", "xgboost"));
        RegressionOptions resolved = NeuralModels.resolve(o, Progress.NONE);
        assertEquals(List.of("linear", "xgboost"), resolved.models());
        assertEquals(List.of("dnn"), resolved.extraCandidates().stream().map(c -> c.name()).toList());
        RegressionOptions plain = RegressionOptions.defaults();
        assertTrue(NeuralModels.resolve(plain, Progress.NONE) == plain, "no neural name: unchanged");
        assertTrue(!plain.models().contains("dnn"), "dnn is not a default model");
    }

    @Test
    void cancellingStopsTraining() {
        double[][] x = new double[60][1];
        double[] y = new double[60];
        for (int i = 0; i < 60; i++) {
            x[i][0] = i;
            y[i] = i % 7;
        }
        Progress cancelled = new Progress() {
            @Override public void update(double fraction, String message) { }
            @Override public boolean isCancelled() { return true; }
        };
        DnnRegressionCandidate c = new DnnRegressionCandidate("dnn", SMALL, 1, cancelled);
        assertThrows(CancelledException.class, () -> c.fit(List.of("a"), x, y, 1));
    }
}
