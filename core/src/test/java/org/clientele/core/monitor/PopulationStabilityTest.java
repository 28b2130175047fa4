package org.clientele.core.monitor;

import org.clientele.core.monitor.PopulationStability.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PopulationStabilityTest {

    @Test
    void handComputedIndex() {
        // (.1-.25)ln(.4) + (.2-.25)ln(.8) + (.3-.25)ln(1.2) + (.4-.25)ln(1.6)
        double psi = PopulationStability.index(new double[]{.25, .25, .25, .25}, new double[]{.1, .2, .3, .4});
        assertEquals(0.2282179, psi, 1e-6);
        assertEquals(Verdict.SHIFT, PopulationStability.verdict(psi));
        assertEquals(0, PopulationStability.index(new double[]{.3, .7}, new double[]{.3, .7}), 1e-15);
    }

    @Test
    void anEmptyTrainingBinCountsAsATinyShare() {
        // the missing-value bin was empty in training and holds 20 % now: (0.2 - 1e-4) ln(0.2 / 1e-4) dominates
        double psi = PopulationStability.index(new double[]{.5, .5, 0}, new double[]{.4, .4, .2});
        assertEquals(1.5640491, psi, 1e-6);
        assertEquals(Verdict.RETRAIN, PopulationStability.verdict(psi));
    }

    @Test
    void trainingDecilesSplitOneToAHundredIntoTenths() {
        double[] values = IntStream.rangeClosed(1, 100).asDoubleStream().toArray();
        Bins bins = Bins.numeric("x", values);
        assertEquals(9, bins.edges().length);
        assertEquals(10, bins.edges()[0], 1e-12, "the training value with a tenth of the values at or below it");
        double[] tenth = new double[11];
        java.util.Arrays.fill(tenth, 0, 10, 0.1);
        assertArrayEquals(tenth, bins.expected(), 1e-12);
        assertEquals("≤ 10", bins.labels().get(0));
        assertEquals("missing", bins.labels().get(10));
    }

    @Test
    void aBinaryFeatureGetsTwoBinsNotTenEmptyOnes() {
        double[] values = new double[100];
        for (int i = 70; i < 100; i++) {
            values[i] = 1;
        }
        Bins bins = Bins.numeric("flag", values);
        assertArrayEquals(new double[]{0}, bins.edges());
        assertArrayEquals(new double[]{0.7, 0.3, 0}, bins.expected(), 1e-12);
    }

    @Test
    void rareAndUnseenLevelsGoToOther() {
        String[] training = new String[200];
        for (int i = 0; i < 200; i++) {
            training[i] = i < 120 ? "UK" : i < 199 ? "France" : "Iceland";
        }
        Bins bins = Bins.categorical("country", training);
        assertEquals(List.of("UK", "France"), bins.levels(), "Iceland holds 0.5 % of the rows");
        assertArrayEquals(new double[]{0.6, 0.395, 0.005, 0}, bins.expected(), 1e-12);
        assertArrayEquals(new double[]{0.5, 0, 0.25, 0.25}, bins.shares(new String[]{"UK", "UK", "Peru", null}), 1e-12);
    }

    @Test
    void aShiftedFileIsCalledForRetrainingAndTheSameFileStable() {
        double[] training = IntStream.range(0, 1000).asDoubleStream().toArray();
        double[] shifted = IntStream.range(500, 1500).asDoubleStream().toArray();
        List<ColumnValues> train = List.of(new ColumnValues.Numbers("spend", training));
        int[] classes = IntStream.range(0, 1000).map(i -> i < 500 ? 0 : 1).toArray();
        double[] confidence = new double[1000];
        java.util.Arrays.fill(confidence, 0.9);
        ReferenceProfile ref = DriftAnalysis.reference("classification", train,
                ModelScores.classification(classes, confidence, new boolean[1000]), List.of("0", "1"), List.of("Low", "High"));

        DriftReport same = DriftAnalysis.compare(ref, train, ModelScores.classification(classes, confidence, new boolean[1000]));
        assertEquals(Verdict.STABLE, same.verdict());
        assertTrue(same.summary().startsWith("Stable: no feature moved"), same.summary());

        int[] mostlyHigh = IntStream.range(0, 1000).map(i -> i < 100 ? 0 : 1).toArray();
        DriftReport moved = DriftAnalysis.compare(ref, List.of(new ColumnValues.Numbers("spend", shifted)),
                ModelScores.classification(mostlyHigh, confidence, new boolean[1000]));
        assertEquals(Verdict.RETRAIN, moved.verdict());
        assertEquals(-40, moved.segments().get(0).changePoints(), 1e-9);
        assertTrue(moved.summary().startsWith("Retrain: 1 of 1 features moved (spend PSI"), moved.summary());
        assertTrue(moved.summary().contains("segment shares changed by up to 40 points"), moved.summary());
    }
}
