package org.clientele.core.segment.profile;

/** Whether a segment sits above or below the overall mean of a feature. */
public enum Direction {
    HIGHER, LOWER
}
