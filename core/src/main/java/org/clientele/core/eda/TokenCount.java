package org.clientele.core.eda;

/** A description word and how many distinct products use it: the evidence behind the category rules. */
public record TokenCount(String token, int products) {
}
