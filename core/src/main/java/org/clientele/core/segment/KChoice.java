package org.clientele.core.segment;

/**
 * How k was chosen, with the one sentence a reader sees beside the charts.
 *
 * @param k             the chosen k
 * @param chosenBy      the indices that pointed at it joined by "+" (e.g. "elbow+gap"), or "user",
 *                      "density", "stability", "silhouette"
 * @param sentence      e.g. "k = 4 of 3–8: the elbow and the gap statistic, stable at 0.93 (bootstrap ARI),
 *                      silhouette 0.33, within 0.01 of the best (k = 3)."
 * @param kMin          smallest k considered
 * @param kMax          largest k considered
 * @param silhouetteK   k of the best silhouette, or null when not swept
 * @param elbowK        Kneedle's elbow of inertia, or null
 * @param gapK          the gap statistic's k (Tibshirani's one-standard-error rule), or null
 * @param bicK          lowest BIC (Gaussian mixtures), or null
 */
public record KChoice(int k, String chosenBy, String sentence, int kMin, int kMax, Integer silhouetteK,
                      Integer elbowK, Integer gapK, Integer bicK) {

    static KChoice user(int k) {
        return new KChoice(k, "user", "k = " + k + ": set by the user.", k, k, null, null, null, null);
    }

    static KChoice density(int k, int outliers, int rows) {
        String rest = outliers == 0 ? "" : String.format(java.util.Locale.ROOT, "; %,d of %,d customers are outliers",
                outliers, rows);
        return new KChoice(k, "density", "k = " + k + ": found by density (HDBSCAN)" + rest + ".", k, k, null, null,
                null, null);
    }
}
