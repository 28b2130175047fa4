package org.clientele.core.segment.profile;

import org.apache.commons.math3.stat.inference.ChiSquareTest;

import java.util.ArrayList;
import java.util.List;

/**
 * The categorical side of a segment profile: each segment's share of every level ("72 % Married") next to
 * the overall share, and per column Pearson's chi-square test of independence between segment and level
 * (Pearson 1900; commons-math's ChiSquareTest) with Cramér's V (Cramér 1946) as its effect size.
 * Outliers (label −1) and rows without a level are left out of the counts.
 */
public final class CompositionProfiler {

    private CompositionProfiler() {
    }

    /** The result: {@code bySegment.get(segment)} lists one composition per column, in input order. */
    public record Result(List<List<Composition>> bySegment, List<CategoricalSignificance> tests) {
    }

    public static Result profile(CategoricalInput in, int[] labels, int k) {
        List<List<Composition>> bySegment = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            bySegment.add(new ArrayList<>());
        }
        List<CategoricalSignificance> tests = new ArrayList<>();
        for (int c = 0; c < in.names().size(); c++) {
            List<String> levels = in.levels().get(c);
            long[][] counts = counts(in.values().get(c), levels, labels, k);
            long total = 0;
            long[] levelTotals = new long[levels.size()];
            long[] segmentTotals = new long[k];
            for (int s = 0; s < k; s++) {
                for (int l = 0; l < levels.size(); l++) {
                    levelTotals[l] += counts[s][l];
                    segmentTotals[s] += counts[s][l];
                    total += counts[s][l];
                }
            }
            for (int s = 0; s < k; s++) {
                List<LevelShare> shares = new ArrayList<>();
                for (int l = 0; l < levels.size(); l++) {
                    shares.add(new LevelShare(levels.get(l), (int) counts[s][l],
                            segmentTotals[s] == 0 ? Double.NaN : counts[s][l] / (double) segmentTotals[s],
                            total == 0 ? Double.NaN : levelTotals[l] / (double) total));
                }
                bySegment.get(s).add(new Composition(in.names().get(c), shares));
            }
            tests.add(test(in.names().get(c), counts, segmentTotals, levelTotals, total));
        }
        return new Result(bySegment.stream().map(List::copyOf).toList(), List.copyOf(tests));
    }

    static long[][] counts(String[] values, List<String> levels, int[] labels, int k) {
        long[][] counts = new long[k][levels.size()];
        for (int row = 0; row < labels.length; row++) {
            if (labels[row] < 0 || values[row] == null) {
                continue;
            }
            int l = levels.indexOf(values[row]);
            if (l >= 0) {
                counts[labels[row]][l]++;
            }
        }
        return counts;
    }

    /**
     * Chi-square on the segments and levels that have any customers (an empty row or column has no expected
     * count); NaN when fewer than two of either remain.
     */
    static CategoricalSignificance test(String name, long[][] counts, long[] segmentTotals, long[] levelTotals,
                                        long total) {
        List<Integer> rows = new ArrayList<>();
        List<Integer> cols = new ArrayList<>();
        for (int s = 0; s < segmentTotals.length; s++) {
            if (segmentTotals[s] > 0) {
                rows.add(s);
            }
        }
        for (int l = 0; l < levelTotals.length; l++) {
            if (levelTotals[l] > 0) {
                cols.add(l);
            }
        }
        if (rows.size() < 2 || cols.size() < 2) {
            return new CategoricalSignificance(name, Double.NaN, 0, Double.NaN, Double.NaN);
        }
        long[][] table = new long[rows.size()][cols.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < cols.size(); j++) {
                table[i][j] = counts[rows.get(i)][cols.get(j)];
            }
        }
        ChiSquareTest chi = new ChiSquareTest();
        double statistic = chi.chiSquare(table);
        double p = chi.chiSquareTest(table);
        int df = (rows.size() - 1) * (cols.size() - 1);
        double v = Math.sqrt(statistic / (total * (double) (Math.min(rows.size(), cols.size()) - 1)));
        return new CategoricalSignificance(name, statistic, df, p, v);
    }
}
