package org.clientele.core.predict;

/** A feature left out of modelling, and why (for {@code excluded[]} in models.json). */
public record Exclusion(String feature, String reason) {
}
