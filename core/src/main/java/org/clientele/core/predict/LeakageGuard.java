package org.clientele.core.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Leaves out features that are nearly a function of the target, measured on training rows only:
 * |Pearson r| or |Spearman ρ| at or above the threshold, or a name in the same money family as the
 * target (e.g. {@code monetary} when predicting a total spend). Features in {@code keep} are never
 * left out: the user knows best when a strong predictor is legitimate.
 */
public final class LeakageGuard {

    /** Name parts that all denote an amount of money spent; two names sharing the family measure the same thing. */
    static final Set<String> MONEY_FAMILY = Set.of("monetary", "spend", "spending", "spent", "revenue",
            "sales", "amount", "value", "clv", "ltv", "turnover");

    /** The outcome: features kept, in input order, those excluded with their reason, and warnings. */
    public record Outcome(List<String> kept, List<Exclusion> excluded, List<String> warnings) {
    }

    private LeakageGuard() {
    }

    public static Outcome check(String target, List<String> features, double[][] trainingRows, double[] y,
                                double threshold, List<String> keep) {
        List<String> kept = new ArrayList<>();
        List<Exclusion> excluded = new ArrayList<>();
        List<Exclusion> correlated = new ArrayList<>();
        boolean targetIsMoney = inMoneyFamily(target);
        for (int j = 0; j < features.size(); j++) {
            String name = features.get(j);
            if (keep.contains(name)) {
                kept.add(name);
                continue;
            }
            if (name.equals(target)) {
                excluded.add(new Exclusion(name, "is the target"));
                continue;
            }
            double[][] pair = presentPairs(trainingRows, j, y);
            double r = pair[0].length > 2 ? Stats.pearson(pair[0], pair[1]) : 0;
            double rho = pair[0].length > 2 ? Stats.spearman(pair[0], pair[1]) : 0;
            if (Math.abs(r) >= threshold || Math.abs(rho) >= threshold) {
                correlated.add(new Exclusion(name, String.format(Locale.ROOT,
                        "nearly a function of the target (Pearson r = %.3f, Spearman rho = %.3f on "
                                + "training rows, threshold %.2f)", r, rho, threshold)));
            } else if (targetIsMoney && inMoneyFamily(name)) {
                excluded.add(new Exclusion(name, "leakage: measures the same spend as the target '" + target
                        + "'; keep it only if it is known before the target is"));
            } else {
                kept.add(name);
            }
        }
        List<String> warnings = new ArrayList<>();
        if (kept.isEmpty() && !correlated.isEmpty()) {
            // Leakage is one or two columns derived from the target. When every remaining feature tracks
            // the target this closely, the data are strongly structured rather than leaky, and removing
            // them all would leave nothing to learn from: keep them and say so.
            for (Exclusion e : correlated) {
                kept.add(e.feature());
                warnings.add("kept '" + e.feature() + "' although it is " + e.reason()
                        + ", because every feature correlates this strongly with the target; check for leakage");
            }
            kept.sort(java.util.Comparator.comparingInt(features::indexOf));
        } else {
            for (Exclusion e : correlated) {
                excluded.add(new Exclusion(e.feature(), "leakage: " + e.reason()
                        + "; keep it only if it is known before the target is"));
            }
            excluded.sort(java.util.Comparator.comparingInt(e -> features.indexOf(e.feature())));
        }
        return new Outcome(List.copyOf(kept), List.copyOf(excluded), List.copyOf(warnings));
    }

    static boolean inMoneyFamily(String name) {
        String spaced = name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        for (String part : spaced.split("[^a-z0-9]+")) {
            if (MONEY_FAMILY.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static double[][] presentPairs(double[][] rows, int j, double[] y) {
        double[] a = new double[rows.length];
        double[] b = new double[rows.length];
        int m = 0;
        for (int i = 0; i < rows.length; i++) {
            if (!Double.isNaN(rows[i][j]) && !Double.isNaN(y[i])) {
                a[m] = rows[i][j];
                b[m++] = y[i];
            }
        }
        return new double[][]{java.util.Arrays.copyOf(a, m), java.util.Arrays.copyOf(b, m)};
    }
}
