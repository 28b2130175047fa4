package org.clientele.core.predict;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XGBoostRegressionSearchTest {

    @Test
    void theSearchAlwaysTriesTheLibraryDefaults() {
        List<XGBoostSettings> tried = new XGBoostRegressionSearch(8, 3).settingsToTry(42);
        assertEquals(8, tried.size());
        assertEquals(8, tried.stream().distinct().count());
        // scikit-learn's GradientBoostingRegressor: depth 3, learning rate 0.1, 100 trees, no subsample.
        assertTrue(tried.contains(new XGBoostSettings(3, 0.1, 100, 1.0, 1)));
        assertTrue(tried.contains(new XGBoostSettings(3, 0.1, 300, 1.0, 1)));
        assertTrue(tried.contains(new XGBoostSettings(6, 0.1, 100, 1.0, 1)));
        assertTrue(tried.contains(XGBoostSettings.DEFAULT));
        for (XGBoostSettings s : XGBoostRegressionSearch.LIBRARY_DEFAULTS) {
            assertTrue(s.maxDepth() >= 3 && s.maxDepth() <= 6 && s.eta() == 0.1
                    && s.rounds() >= 100 && s.rounds() <= 300, s.toString());
        }
    }

    @Test
    void aSmallSearchStillTriesEveryDefaultAndOneCandidateMeansNoSearch() {
        assertTrue(new XGBoostRegressionSearch(2, 2).settingsToTry(1)
                .containsAll(XGBoostRegressionSearch.LIBRARY_DEFAULTS));
        assertEquals(List.of(XGBoostSettings.DEFAULT), new XGBoostRegressionSearch(1, 2).settingsToTry(1));
    }

    @Test
    void treesAreNotGivenAnInputTransformSearch() {
        RegressionOptions o = RegressionOptions.defaults();
        assertTrue(new XGBoostRegressionSearch(8, 3).inputScaleInvariant());
        assertTrue(RegressionModels.byName("random-forest", o).inputScaleInvariant());
        assertTrue(!RegressionModels.byName("lasso", o).inputScaleInvariant());
    }
}
