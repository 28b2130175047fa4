package org.clientele.core.predict;

/** A fitted classifier on transformed rows. */
public interface FittedClassifier {

    /** Rows × classes; each row sums to 1. */
    double[][] probabilities(double[][] rows);

    /** The most probable class of each row (the first one on ties). */
    default int[] predict(double[][] rows) {
        double[][] p = probabilities(rows);
        int[] out = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            int best = 0;
            for (int c = 1; c < p[i].length; c++) {
                if (p[i][c] > p[i][best]) {
                    best = c;
                }
            }
            out[i] = best;
        }
        return out;
    }
}
