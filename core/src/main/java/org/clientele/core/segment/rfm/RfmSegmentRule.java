package org.clientele.core.segment.rfm;

/**
 * One cell block of the R × FM grid: customers whose recency score is in [rMin, rMax] and whose FM score
 * (see {@link RfmScore#fm()}) is in [fmMin, fmMax] belong to {@code segment}. A segment may span several rules.
 */
public record RfmSegmentRule(String segment, int rMin, int rMax, int fmMin, int fmMax, String description,
                             String action) {

    public boolean covers(int r, int fm) {
        return r >= rMin && r <= rMax && fm >= fmMin && fm <= fmMax;
    }

    /** "'Champions' (R 5, FM 4–5)": how errors name a rule. */
    String label() {
        return "'" + segment + "' (R " + range(rMin, rMax) + ", FM " + range(fmMin, fmMax) + ")";
    }

    private static String range(int lo, int hi) {
        return lo == hi ? Integer.toString(lo) : lo + "–" + hi;
    }
}
