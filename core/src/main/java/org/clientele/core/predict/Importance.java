package org.clientele.core.predict;

/** How much a feature matters to a model; {@code std} is the spread over repeats (0 when not repeated). */
public record Importance(String feature, double importance, double std) {
}
