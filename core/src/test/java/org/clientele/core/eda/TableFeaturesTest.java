package org.clientele.core.eda;

import org.clientele.core.data.ColumnType;
import org.clientele.core.data.Table;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Histograms and correlations of a customer table's numeric features, against hand-computed answers. */
class TableFeaturesTest {

    private static Table table() {
        double nan = Double.NaN;
        return Table.of(List.of("id", "visits", "spend", "region", "score"),
                List.of(ColumnType.INTEGER, ColumnType.INTEGER, ColumnType.DECIMAL, ColumnType.TEXT, ColumnType.DECIMAL),
                Arrays.asList(new double[] {1, 2, 3, 4, 5}, new double[] {1, 2, 2, 3, nan},
                        new double[] {10, 100, 1000, 0, 5}, null, new double[] {-1.5, 0.5, 0.25, 2, 1}),
                Arrays.asList(null, null, null, new String[] {"N", "S", "N", "S", "N"}, null), "id");
    }

    @Test
    void describesEveryNumericFeatureButTheId() {
        TableFeatures t = TableFeatures.of(table());
        assertEquals(List.of("visits", "spend", "score"), t.features());
        assertEquals(5, t.rows());
        assertEquals(4, t.completeRows(), "the row with no visits is left out of the correlations");
        assertEquals(4, t.distributions().get(0).count());
        assertEquals(2.0, t.distributions().get(0).mean(), 1e-12);
    }

    @Test
    void wholeNumbersGetOneBinPerValue() {
        Histogram visits = TableFeatures.of(table()).linear().get(0);
        assertArrayEquals(new double[] {0.5, 1.5, 2.5, 3.5}, visits.edges(), 1e-12);
        assertArrayEquals(new long[] {1, 2, 1}, visits.counts());
        assertEquals(1, visits.excluded());
        assertFalse(visits.logScale());
    }

    @Test
    void decimalsGetEqualWidthBinsAndPositiveValuesALogHistogram() {
        TableFeatures t = TableFeatures.of(table());
        Histogram score = t.linear().get(2);
        assertEquals(TableFeatures.BINS, score.counts().length);
        assertEquals(-1.5, score.edges()[0], 1e-12);
        assertEquals(2, score.edges()[TableFeatures.BINS], 1e-12);
        assertEquals(5, Arrays.stream(score.counts()).sum());

        Histogram spend = t.log().get(1);
        assertTrue(spend.logScale());
        assertEquals(1, spend.excluded(), "the zero cannot go on a log scale");
        assertEquals(4, Arrays.stream(spend.counts()).sum());
        double first = spend.edges()[0];
        assertTrue(first <= 5 && first > 5 / Math.pow(10, 1.0 / TableFeatures.LOG_BINS_PER_DECADE), "first edge " + first);
        assertEquals(1000, spend.edges()[spend.edges().length - 1], 1e-9);
    }

    @Test
    void aFeatureWithNoPositiveValueHasNoLogHistogram() {
        Table t = Table.of(List.of("x"), List.of(ColumnType.DECIMAL), List.<double[]>of(new double[] {-1, -2, 0}),
                java.util.Collections.<String[]>singletonList(null), null);
        TableFeatures f = TableFeatures.of(t);
        assertNull(f.log().get(0));
        assertFalse(f.suggestsLog(0));
    }

    @Test
    void correlationsUseCompleteRows() {
        TableFeatures t = TableFeatures.of(table());
        // complete rows 1-4: visits [1,2,2,3], spend [10,100,1000,0]
        double[][] expected = CorrelationMatrix.of(List.of("a", "b"),
                new double[][] {{1, 2, 2, 3}, {10, 100, 1000, 0}}).pearson();
        assertEquals(expected[0][1], t.correlations().pearson()[0][1], 1e-12);
        assertEquals(1, t.correlations().spearman()[2][2], 1e-12);
    }

    @Test
    void skewedPositiveSpendSuggestsALogScale() {
        double[] spend = new double[200];
        for (int i = 0; i < spend.length; i++) {
            spend[i] = Math.exp(i / 20.0);
        }
        Table t = Table.of(List.of("spend"), List.of(ColumnType.DECIMAL), List.of(spend),
                java.util.Collections.<String[]>singletonList(null), null);
        TableFeatures f = TableFeatures.of(t);
        assertTrue(f.suggestsLog(0));
        assertEquals(1, f.correlations().pearson()[0][0], 1e-12, "a single feature correlates with itself");
    }
}
