package org.clientele.core.segment;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** PCA of tables with more columns than rows (by SVD), against scikit-learn's PCA(svd_solver='full'). */
class WidePcaTest {

    @Test
    void matchesScikitLearnOnAFourByFiveTable() {
        double[][] x = {{1, 2, 0, 4, 1}, {2, 0, 1, 3, 5}, {0, 1, 3, 1, 2}, {4, 2, 2, 0, 1}};
        Pca.Result r = Pca.fit(x, 3);
        double[] ratio = {0.4762788259020729, 0.302185864489025, 0.2215353096089021};
        double[][] components = {
                {0.3553526151627292, 0.24913232145503278, 0.3078710120933481, -0.6599572404660933, -0.5304050206893142},
                {-0.20864687004536914, 0.37655083916153403, -0.36607865026487957, 0.42658026401491217, -0.7061810315494373},
                {-0.8540859717718551, -0.07998378774540996, 0.46831698001641464, -0.16494421146483115, -0.13271156638730666}};
        for (int p = 0; p < 3; p++) {
            assertEquals(ratio[p], r.explainedVarianceRatio()[p], 1e-10);
            // Signs follow this class's rule (largest loading positive), scikit-learn's may differ.
            double sign = Math.signum(r.loadings()[p][0]) == Math.signum(components[p][0]) ? 1 : -1;
            for (int j = 0; j < 5; j++) {
                assertEquals(sign * components[p][j], r.loadings()[p][j], 1e-10);
            }
        }
    }

    @Test
    void aThousandColumnsOnThirtyRowsDoesNotFail() {
        Random random = new Random(1);
        double[][] x = new double[30][1000];
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] = random.nextGaussian();
            }
        }
        Pca.Result r = Pca.fit(x, 3);
        assertEquals(3, r.components());
        double norm = 0;
        for (double v : r.loadings()[0]) {
            norm += v * v;
        }
        assertEquals(1, norm, 1e-9);
    }
}
