package org.clientele.core.eda;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Gini, Lorenz, quantiles, histograms and correlations against hand-computed answers. */
class StatisticsTest {

    @Test
    void giniOfEqualSpendIsZero() {
        ValueConcentration v = ValueConcentration.of(new double[] {1, 1, 1, 1}, 4);
        assertEquals(0, v.gini(), 1e-12);
        assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1}, v.lorenzSpend(), 1e-12);
        assertEquals(0.2, v.top20PercentShare(), 1e-12);
    }

    @Test
    void giniOfOneBuyerAmongFourIsThreeQuarters() {
        // population definition: sum_i sum_j |xi - xj| / (2 n^2 mean) = 6 / (2 * 16 * 0.25) = 0.75
        ValueConcentration v = ValueConcentration.of(new double[] {0, 1, 0, 0}, 4);
        assertEquals(0.75, v.gini(), 1e-12);
        assertArrayEquals(new double[] {0, 0, 0, 0, 1}, v.lorenzSpend(), 1e-12);
        assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1}, v.lorenzPopulation(), 1e-12);
        // the top 20% is 0.8 of the one buyer
        assertEquals(0.8, v.top20PercentShare(), 1e-12);
        assertEquals(0.25, v.customersFor80Percent(), 1e-12);
    }

    @Test
    void lorenzInterpolatesWithinACustomer() {
        // [1, 3]: the bottom half holds 1/4; the bottom quarter half of that
        ValueConcentration v = ValueConcentration.of(new double[] {3, 1}, 4);
        assertArrayEquals(new double[] {0, 0.125, 0.25, 0.625, 1}, v.lorenzSpend(), 1e-12);
        assertEquals(0.25, v.gini(), 1e-12); // |3 - 1| * 2 / (2 * 4 * 2)
    }

    @Test
    void quantilesInterpolateLinearly() {
        Quantiles q = Quantiles.of(new double[] {4, 1, 3, 2}, new double[] {0, 0.25, 0.5, 1});
        assertArrayEquals(new double[] {1, 1.75, 2.5, 4}, q.values(), 1e-12);
    }

    @Test
    void logHistogramBinsByDecade() {
        Histogram h = Histogram.log10(new double[] {1, 5, 10, 50, 100, 0}, 1);
        assertArrayEquals(new double[] {1, 10, 100}, h.edges(), 1e-9);
        assertArrayEquals(new long[] {2, 3}, h.counts());
        assertEquals(1, h.excluded());
        assertTrue(h.logScale());
    }

    @Test
    void spearmanWithTiesUsesAverageRanks() {
        // x ranks [1, 2.5, 2.5, 4], y ranks [1, 3, 2, 4]: rho = 4.5 / sqrt(4.5 * 5)
        double[][] cols = {{1, 2, 2, 3}, {1, 5, 2, 10}};
        CorrelationMatrix m = CorrelationMatrix.of(List.of("x", "y"), cols);
        assertEquals(4.5 / Math.sqrt(4.5 * 5), m.spearman()[0][1], 1e-12);
        assertEquals(1, m.spearman()[1][1], 1e-12);
        // Pearson on raw values: mean x 2, mean y 4.5; sxy = 9, sxx = 2, syy = 49
        assertEquals(9 / Math.sqrt(2 * 49.0), m.pearson()[0][1], 1e-12);
    }

    @Test
    void constantFeatureCorrelatesWithNothing() {
        CorrelationMatrix m = CorrelationMatrix.of(List.of("x", "c"), new double[][] {{1, 2, 3}, {5, 5, 5}});
        assertTrue(Double.isNaN(m.pearson()[0][1]));
        assertTrue(Double.isNaN(m.spearman()[1][1]));
        assertEquals(1, m.pearson()[0][0], 1e-12);
    }

    @Test
    void categoryRulesTakeTheFirstMatchingRuleAndPlurals() {
        CategoryRules rules = CategoryRules.parse("# comment\nSeasonal: CHRISTMAS\nBags: BAG\nLights: CANDLE T-LIGHT\n");
        assertEquals(List.of("Seasonal", "Bags", "Lights", "Other"), rules.categories());
        assertEquals("Seasonal", rules.categorize("CHRISTMAS GIFT BAG"));
        assertEquals("Bags", rules.categorize("jumbo bags red retrospot"));
        assertEquals("Lights", rules.categorize("SET OF 6 T-LIGHTS SNOWFLAKES"));
        assertEquals("Lights", rules.categorize("WHITE HANGING HEART T-LIGHT HOLDER"));
        assertEquals("Other", rules.categorize("RABBIT NIGHT LIGHT"));
        assertEquals("Other", rules.categorize(null));
    }

    @Test
    void shippedCategoryTableLoads() {
        CategoryRules rules = CategoryRules.defaults();
        assertEquals(CategoryRules.OTHER, rules.categories().get(rules.categories().size() - 1));
        assertEquals("Christmas & seasonal", rules.categorize("CHRISTMAS CRAFT TREE TOP ANGEL"));
        assertEquals("Kitchen & tableware", rules.categorize("RECIPE BOX PANTRY YELLOW DESIGN"));
        assertEquals("Postage & fees", rules.categorize("POSTAGE"));
    }
}
