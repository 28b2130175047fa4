package org.clientele.core.neural;

import org.clientele.core.task.CancelledException;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Points on a 2-D plane embedded in 6-D plus small noise: what a 2-D bottleneck should recover. */
class AutoencoderTest {

    private static final double NOISE = 0.05;
    private static double[][] plane;
    private static AutoencoderEmbedding two;

    @BeforeAll
    static void fitOnce() {
        plane = plane(500, 6, NOISE, 7);
        two = Autoencoder.fit(plane, AutoencoderOptions.of(2, 42), Progress.NONE);
    }

    /** x = z·A + noise, z ~ N(0, I₂), A a fixed random 2 x d matrix: a plane through the origin in d dimensions. */
    static double[][] plane(int n, int d, double noise, long seed) {
        Random r = new Random(seed);
        double[][] a = new double[2][d];
        for (double[] row : a) {
            for (int j = 0; j < d; j++) {
                row[j] = r.nextGaussian() * 0.7;
            }
        }
        double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) {
            double z0 = r.nextGaussian();
            double z1 = r.nextGaussian();
            for (int j = 0; j < d; j++) {
                x[i][j] = z0 * a[0][j] + z1 * a[1][j] + noise * r.nextGaussian();
            }
        }
        return x;
    }

    @Test
    void aTwoDimensionalBottleneckReconstructsAPlaneToTheNoiseLevel() {
        // The best any 2-D code can do is drop the noise off the plane: 4 of 6 dimensions of variance NOISE².
        double floor = NOISE * NOISE * 4 / 6;
        double pca = Autoencoder.pcaError(plane, 2);
        assertEquals(floor, pca, floor * 0.25, "PCA at 2 components sits at the noise floor");
        assertTrue(two.validationError() < 3 * NOISE * NOISE,
                "held-out error " + two.validationError() + " near the noise variance " + NOISE * NOISE);
        assertTrue(two.meanError() < 3 * pca, "autoencoder " + two.meanError() + " vs PCA " + pca);
        assertTrue(two.reconstructionR2() > 0.99, "R² " + two.reconstructionR2());
        assertEquals(2, two.codes()[0].length);
    }

    @Test
    void aOneDimensionalBottleneckIsClearlyWorse() {
        AutoencoderEmbedding one = Autoencoder.fit(plane, AutoencoderOptions.of(1, 42).withMaxEpochs(150), Progress.NONE);
        assertTrue(one.meanError() > 10 * two.meanError(), one.meanError() + " vs " + two.meanError());
        // One straight or curved line through a plane cannot beat much the first principal component.
        assertTrue(one.meanError() > 0.5 * Autoencoder.pcaError(plane, 1));
    }

    @Test
    void theSameSeedGivesTheSameCodes() {
        AutoencoderOptions quick = AutoencoderOptions.of(2, 5).withMaxEpochs(40);
        AutoencoderEmbedding a = Autoencoder.fit(plane, quick, Progress.NONE);
        AutoencoderEmbedding b = Autoencoder.fit(plane, quick, Progress.NONE);
        for (int i = 0; i < plane.length; i++) {
            assertArrayEquals(a.codes()[i], b.codes()[i], 0.0);
        }
        assertArrayEquals(a.errors(), b.errors(), 0.0);
    }

    @Test
    void rowsOffThePlaneAreFlaggedAsAnomalies() {
        double[][] x = plane(400, 6, NOISE, 11);
        Random r = new Random(3);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 6; j++) {
                x[i][j] = 2.5 * r.nextGaussian(); // scattered in all six dimensions, off the plane of the rest
            }
        }
        AutoencoderEmbedding e = Autoencoder.fit(x, AutoencoderOptions.of(2, 1), Progress.NONE);
        for (int i = 0; i < 4; i++) {
            assertTrue(e.anomalies()[i], "row " + i + " error " + e.errors()[i] + " threshold " + e.anomalyThreshold());
        }
        assertTrue(e.anomalyCount() <= 4 + 0.02 * x.length, "about 1% of the training rows plus the outliers");
    }

    @Test
    void trainingReportsEachEpochAndCanBeCancelled() {
        AtomicInteger epochs = new AtomicInteger();
        Progress stopAfterThree = new Progress() {
            @Override
            public void update(double fraction, String message) {
                if (message.startsWith("Autoencoder epoch")) {
                    epochs.incrementAndGet();
                }
            }

            @Override
            public boolean isCancelled() {
                return epochs.get() >= 3;
            }
        };
        assertThrows(CancelledException.class, () -> Autoencoder.fit(plane, AutoencoderOptions.of(2, 3), stopAfterThree));
        assertEquals(3, epochs.get());
    }

    @Test
    void earlyStoppingKeepsTheBestEpoch() {
        AutoencoderTraining t = two.training();
        assertTrue(t.bestEpoch() >= 1 && t.bestEpoch() <= t.epochs());
        double best = t.validationLoss()[t.bestEpoch() - 1];
        for (double v : t.validationLoss()) {
            assertTrue(v >= best - 1e-7);
        }
    }
}
