package org.clientele.core.segment.profile;

/**
 * One feature within one segment, in original units. {@code ratioToOverall} is segment mean / overall
 * mean (NaN when the feature has negative values or a non-positive mean, where a ratio means nothing);
 * {@code zDifference} is (segment mean − overall mean) / overall population std;
 * {@code medianPercentile} is where the segment median falls among all rows (0..1, mid-rank).
 */
public record FeatureSummary(String feature, double mean, double median, double ratioToOverall,
                             double zDifference, double medianPercentile) {

    public Direction direction() {
        return zDifference >= 0 ? Direction.HIGHER : Direction.LOWER;
    }

    public Level level() {
        return Level.ofPercentile(medianPercentile);
    }
}
