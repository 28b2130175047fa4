package org.clientele.core.predict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Model-agnostic permutation importance (Breiman 2001; Fisher, Rudin &amp; Dominici 2019): the drop in a
 * score when one feature's values are shuffled across held-out rows, mean ± population std over
 * seeded repeats. Shuffling breaks the feature's link to the target while keeping its distribution.
 */
public final class PermutationImportance {

    private PermutationImportance() {
    }

    /**
     * @param rows  held-out rows (as the score function expects them)
     * @param score higher is better, e.g. R² or accuracy of the model on the given rows
     * @return one entry per feature, most important first
     */
    public static List<Importance> compute(List<String> features, double[][] rows, ToDoubleFunction<double[][]> score,
                                           int repeats, long seed) {
        double base = score.applyAsDouble(rows);
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Importance> out = new ArrayList<>();
        for (int j = 0; j < features.size(); j++) {
            double[] drops = new double[Math.max(1, repeats)];
            for (int r = 0; r < drops.length; r++) {
                double[][] shuffled = new double[rows.length][];
                for (int i = 0; i < rows.length; i++) {
                    shuffled[i] = rows[i].clone();
                }
                for (int i = rows.length - 1; i > 0; i--) {
                    int k = rnd.nextInt(i + 1);
                    double t = shuffled[i][j];
                    shuffled[i][j] = shuffled[k][j];
                    shuffled[k][j] = t;
                }
                drops[r] = base - score.applyAsDouble(shuffled);
            }
            out.add(new Importance(features.get(j), Stats.mean(drops), Stats.std(drops)));
        }
        out.sort(Comparator.comparingDouble(Importance::importance).reversed());
        return List.copyOf(out);
    }
}
