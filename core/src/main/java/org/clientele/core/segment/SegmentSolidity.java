package org.clientele.core.segment;

import java.util.Locale;

/**
 * One line on how solid a segment is, for the CLI and the Segments tab: its bootstrap Jaccard read
 * with Hennig's (2007) levels, and for a consensus how far the three algorithms agree on it.
 */
public final class SegmentSolidity {

    private SegmentSolidity() {
    }

    /** Hennig's reading of a mean bootstrap Jaccard. */
    public static String level(double jaccard) {
        if (Double.isNaN(jaccard)) {
            return "not measured";
        }
        if (jaccard >= 0.85) {
            return "highly stable";
        }
        if (jaccard >= Stability.STABLE_JACCARD) {
            return "stable";
        }
        if (jaccard >= 0.6) {
            return "a pattern, but its borders move";
        }
        return "not reproduced on resamples";
    }

    /** e.g. "Stability 0.93 (highly stable); the algorithms agree 0.88 (kmeans 0.97, gmm 0.81, ward 0.95)." */
    public static String of(SegmentationResult r, int id) {
        StringBuilder s = new StringBuilder();
        double j = r.stability() == null ? Double.NaN : r.stability().segment(id);
        if (Double.isNaN(j)) {
            s.append("Stability not measured");
        } else {
            s.append(String.format(Locale.ROOT, "Stability %.2f (%s)", j, level(j)));
        }
        ConsensusSummary c = r.consensus();
        if (c != null && id >= 0 && id < c.segmentAgreement().length) {
            s.append(String.format(Locale.ROOT, "; the algorithms agree %.2f (", c.segment(id)));
            for (int m = 0; m < c.algorithms().size(); m++) {
                s.append(m == 0 ? "" : ", ").append(c.algorithms().get(m))
                        .append(String.format(Locale.ROOT, " %.2f", c.memberJaccard()[id][m]));
            }
            s.append(')');
        }
        return s.append('.').toString();
    }
}
