package org.clientele.core.segment.profile;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompositionProfilerTest {

    /** Rows whose segment × level counts are {@code counts[segment][level]}. */
    private static Object[] rows(long[][] counts, List<String> levels) {
        List<Integer> labels = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int s = 0; s < counts.length; s++) {
            for (int l = 0; l < counts[s].length; l++) {
                for (int i = 0; i < counts[s][l]; i++) {
                    labels.add(s);
                    values.add(levels.get(l));
                }
            }
        }
        return new Object[] {labels.stream().mapToInt(Integer::intValue).toArray(), values.toArray(String[]::new)};
    }

    @Test
    void chiSquareOfATwoByTwoTableMatchesTheHandComputation() {
        // Expected counts 12, 18 / 28, 42: chi2 = 4/12 + 4/18 + 4/28 + 4/42 = 0.793651; p = erfc(sqrt(chi2/2)).
        List<String> levels = List.of("Married", "Single");
        Object[] r = rows(new long[][] {{10, 20}, {30, 40}}, levels);
        CompositionProfiler.Result res = CompositionProfiler.profile(
                new CategoricalInput(List.of("Marital_Status"), List.of(levels), List.<String[]>of((String[]) r[1])),
                (int[]) r[0], 2);
        CategoricalSignificance t = res.tests().get(0);
        assertEquals(0.7936507936507936, t.chiSquare(), 1e-12);
        assertEquals(1, t.degreesOfFreedom());
        assertEquals(0.37299848361348714, t.chiSquareP(), 1e-9);
        assertEquals(Math.sqrt(0.7936507936507936 / 100), t.cramersV(), 1e-12);

        Composition first = res.bySegment().get(0).get(0);
        assertEquals(10 / 30.0, first.levels().get(0).share(), 1e-12);
        assertEquals(40 / 100.0, first.levels().get(0).overallShare(), 1e-12);
        assertEquals("Single", first.top().level());
    }

    @Test
    void chiSquareOfATwoByThreeTableMatchesScipy() {
        // scipy.stats.chi2_contingency([[10,20,5],[30,40,25]], correction=False) -> 2.93233083, p 0.23080885, dof 2
        List<String> levels = List.of("1", "2", "3");
        Object[] r = rows(new long[][] {{10, 20, 5}, {30, 40, 25}}, levels);
        CategoricalSignificance t = CompositionProfiler.profile(
                new CategoricalInput(List.of("Region"), List.of(levels), List.<String[]>of((String[]) r[1])), (int[]) r[0], 2)
                .tests().get(0);
        assertEquals(2.9323308270676693, t.chiSquare(), 1e-9);
        assertEquals(0.23080884692150755, t.chiSquareP(), 1e-8);
        assertEquals(2, t.degreesOfFreedom());
    }

    @Test
    void profilerPutsCompositionBesideNumericTestsAndHighlightsWhatStandsOut() {
        // Segment 0: 45 of 50 in Channel 2; segment 1: 5 of 50.
        int n = 100;
        int[] labels = new int[n];
        String[] channel = new String[n];
        double[] spend = new double[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i < 50 ? 0 : 1;
            channel[i] = (i < 45 || i >= 95) ? "2" : "1";
            spend[i] = labels[i] == 0 ? 100 + i : 10 + i % 7;
        }
        SegmentationProfile p = SegmentProfiler.profile(ProfileInput.of(List.of("spend"), new double[][] {spend}, labels),
                new CategoricalInput(List.of("Channel"), List.of(List.of("1", "2")), List.<String[]>of(channel)));
        assertEquals(1, p.tests().size(), "Kruskal–Wallis for the numeric feature");
        assertEquals(1, p.categoricalTests().size(), "chi-square for the categorical one");
        assertTrue(p.categoricalTests().get(0).chiSquareP() < 1e-10);
        LevelShare two = p.segment(0).composition().get(0).levels().get(1);
        assertEquals(0.9, two.share(), 1e-12);
        assertEquals(0.5, two.overallShare(), 1e-12);
        assertEquals(List.of("Channel 2: 90% (50% overall)"), CompositionHighlights.of(p, 0, 3));
        assertEquals(List.of("Channel 1: 90% (50% overall)"), CompositionHighlights.of(p, 1, 3));
    }
}
