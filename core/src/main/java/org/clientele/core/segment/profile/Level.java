package org.clientele.core.segment.profile;

/**
 * Where a segment's median falls in the overall distribution of a feature (bottom third, middle,
 * top third); {@code ANY} in a rule matches every level and a missing role.
 */
public enum Level {
    LOW, MID, HIGH, ANY;

    static final double LOW_BELOW = 0.35;
    static final double HIGH_ABOVE = 0.65;

    /** @param percentile the segment median's mid-rank percentile in the whole table, 0..1 */
    public static Level ofPercentile(double percentile) {
        if (Double.isNaN(percentile)) {
            return ANY;
        }
        return percentile < LOW_BELOW ? LOW : percentile > HIGH_ABOVE ? HIGH : MID;
    }
}
