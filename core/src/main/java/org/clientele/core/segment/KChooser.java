package org.clientele.core.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses k from several indices together, because each alone misleads: silhouette favours the
 * smallest k (two segments, "good and bad customers"), inertia always falls, and a k that does not
 * come back on resampled data is not worth a campaign. The rule:
 * <ol>
 * <li>admissible ks are stable (bootstrap ARI at least {@value #STABLE_ARI}; when none is, those within
 *     0.05 of the most stable) and have a silhouette within {@value #SILHOUETTE_TOLERANCE} of the best;</li>
 * <li>each index votes for its k: the best silhouette, Kneedle's elbow, the gap statistic, and for
 *     Gaussian mixtures the lowest BIC;</li>
 * <li>the admissible k with the most votes wins; ties go to the more stable k (to 0.01), then to the
 *     higher silhouette; an admissible k without votes only when no voted k is admissible.</li>
 * </ol>
 */
final class KChooser {

    /** Steinley (2004, "Properties of the Hubert-Arabie adjusted Rand index") calls ARI >= 0.80 good recovery. */
    static final double STABLE_ARI = 0.8;
    /** Silhouettes this close to the best are not told apart by resampling noise on customer tables. */
    static final double SILHOUETTE_TOLERANCE = 0.05;

    private KChooser() {
    }

    /**
     * @param sweep  one point per k (with gap and stability when computed), increasing k
     * @param useBic true for Gaussian mixtures: the lowest BIC votes too
     */
    static KChoice choose(List<SweepPoint> sweep, Integer elbowK, Integer gapK, boolean useBic) {
        if (sweep.isEmpty()) {
            throw new IllegalArgumentException("no k was swept");
        }
        int kMin = sweep.get(0).k();
        int kMax = sweep.get(sweep.size() - 1).k();
        if (sweep.size() == 1) {
            SweepPoint only = sweep.get(0);
            return new KChoice(only.k(), "silhouette", "k = " + only.k() + ": the only k in the range.", kMin, kMax,
                    only.k(), null, null, null);
        }
        SweepPoint bestSil = sweep.get(0);
        SweepPoint bestBic = sweep.get(0);
        for (SweepPoint s : sweep) {
            if (s.silhouette() > bestSil.silhouette() || Double.isNaN(bestSil.silhouette())) {
                bestSil = s;
            }
            if (s.bic() < bestBic.bic() || Double.isNaN(bestBic.bic())) {
                bestBic = s;
            }
        }
        Integer bicK = useBic && !Double.isNaN(bestBic.bic()) ? bestBic.k() : null;
        double topStability = sweep.stream().mapToDouble(SweepPoint::stability).filter(v -> !Double.isNaN(v))
                .max().orElse(Double.NaN);
        boolean anyStable = !Double.isNaN(topStability) && topStability >= STABLE_ARI;
        double stableFrom = Double.isNaN(topStability) ? Double.NaN : anyStable ? STABLE_ARI : topStability - 0.05;

        SweepPoint chosen = null;
        int chosenVotes = -1;
        for (SweepPoint s : sweep) {
            boolean stable = Double.isNaN(stableFrom) || s.stability() >= stableFrom;
            boolean silhouetteClose = s.silhouette() >= bestSil.silhouette() - SILHOUETTE_TOLERANCE;
            if (!stable || !silhouetteClose) {
                continue;
            }
            int votes = votes(s.k(), bestSil.k(), elbowK, gapK, bicK).size();
            if (chosen == null || better(s, votes, chosen, chosenVotes)) {
                chosen = s;
                chosenVotes = votes;
            }
        }
        if (chosen == null) {
            chosen = bestSil; // unreachable in practice: the best silhouette is always close to itself
            chosenVotes = votes(chosen.k(), bestSil.k(), elbowK, gapK, bicK).size();
        }
        List<String> votes = votes(chosen.k(), bestSil.k(), elbowK, gapK, bicK);
        String chosenBy = votes.isEmpty() ? (Double.isNaN(stableFrom) ? "silhouette" : "stability")
                : String.join("+", votes);
        return new KChoice(chosen.k(), chosenBy, sentence(chosen, votes, bestSil, anyStable, kMin, kMax), kMin, kMax,
                bestSil.k(), elbowK, gapK, bicK);
    }

    private static boolean better(SweepPoint s, int votes, SweepPoint than, int thanVotes) {
        if (votes != thanVotes) {
            return votes > thanVotes;
        }
        long a = Math.round(s.stability() * 100);
        long b = Math.round(than.stability() * 100);
        if (!Double.isNaN(s.stability()) && !Double.isNaN(than.stability()) && a != b) {
            return a > b;
        }
        return s.silhouette() > than.silhouette();
    }

    private static List<String> votes(int k, int silhouetteK, Integer elbowK, Integer gapK, Integer bicK) {
        List<String> out = new ArrayList<>();
        if (elbowK != null && elbowK == k) {
            out.add("elbow");
        }
        if (gapK != null && gapK == k) {
            out.add("gap");
        }
        if (bicK != null && bicK == k) {
            out.add("bic");
        }
        if (silhouetteK == k) {
            out.add("silhouette");
        }
        return out;
    }

    private static String sentence(SweepPoint chosen, List<String> votes, SweepPoint bestSil, boolean anyStable,
                                   int kMin, int kMax) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "k = %d of %d–%d: ", chosen.k(), kMin, kMax));
        List<String> reasons = new ArrayList<>();
        for (String v : votes) {
            switch (v) {
                case "elbow" -> reasons.add("the elbow");
                case "gap" -> reasons.add("the gap statistic's choice");
                case "bic" -> reasons.add("the lowest BIC");
                default -> reasons.add(String.format(Locale.ROOT, "the best silhouette (%.2f)", chosen.silhouette()));
            }
        }
        if (reasons.isEmpty()) {
            reasons.add("the most stable k close to the best silhouette");
        }
        s.append(joinAnd(reasons));
        if (!Double.isNaN(chosen.stability())) {
            s.append(String.format(Locale.ROOT, anyStable ? ", stable at %.2f" : ", but only %.2f stable",
                    chosen.stability())).append(" (bootstrap ARI)");
        }
        if (!votes.contains("silhouette")) {
            s.append(String.format(Locale.ROOT, ", silhouette %.2f, within %.2f of the best (k = %d)",
                    chosen.silhouette(), bestSil.silhouette() - chosen.silhouette(), bestSil.k()));
        }
        return s.append('.').toString();
    }

    private static String joinAnd(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
