package org.clientele.core.segment.profile;

/**
 * A business name for segments whose recency, frequency and spend sit at the given levels (LOW = the
 * bottom third of customers, HIGH = the top third, judged by the segment median; for recency LOW means
 * recent). Rules are tried in order and the first match wins; {@code ANY} also matches a missing role.
 */
public record NamingRule(String name, Level recency, Level frequency, Level monetary, String action) {

    public boolean matches(Level r, Level f, Level m) {
        return accepts(recency, r) && accepts(frequency, f) && accepts(monetary, m);
    }

    private static boolean accepts(Level condition, Level actual) {
        return condition == null || condition == Level.ANY || condition == actual;
    }
}
