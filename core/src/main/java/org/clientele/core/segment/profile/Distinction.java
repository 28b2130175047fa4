package org.clientele.core.segment.profile;

/** A feature that sets a segment apart, with its direction and standardised difference from the whole. */
public record Distinction(String feature, Direction direction, double zDifference, double ratioToOverall) {

    static Distinction of(FeatureSummary s) {
        return new Distinction(s.feature(), s.direction(), s.zDifference(), s.ratioToOverall());
    }
}
