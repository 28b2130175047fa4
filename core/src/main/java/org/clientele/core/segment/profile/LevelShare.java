package org.clientele.core.segment.profile;

/**
 * One level of a categorical column within one segment: how many of the segment's customers have it,
 * their share of the segment, and the level's share among all customers for comparison.
 */
public record LevelShare(String level, int count, double share, double overallShare) {

    /** Segment share over overall share: 2.0 means the level is twice as common in the segment. */
    public double lift() {
        return overallShare > 0 ? share / overallShare : Double.NaN;
    }
}
