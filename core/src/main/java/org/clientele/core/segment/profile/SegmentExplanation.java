package org.clientele.core.segment.profile;

/**
 * What a marketing manager reads about one segment: its label, the facts with numbers ({@code facts},
 * e.g. "12% of customers, 61% of revenue; buy 4.2× as often as average"), the recommended action, and
 * {@code basis}: which rule or features produced the name. The facts leave the name out so a rename
 * never leaves a stale name behind; {@link #description()} puts them together.
 */
public record SegmentExplanation(int id, SegmentLabel label, String facts, String action, String basis) {

    /** "High-value loyal buyers — 12% of customers, 61% of revenue; …", with the name the user sees. */
    public String description() {
        return label.displayName() + " — " + facts;
    }

    public SegmentExplanation withCustomName(String name) {
        return new SegmentExplanation(id, label.withCustomName(name), facts, action, basis);
    }
}
