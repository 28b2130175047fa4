package org.clientele.core.clv;

/**
 * What a customer did in the holdout window: purchases counted as distinct purchase periods (the unit
 * BG/NBD counts in) and total spend.
 */
public record HoldoutTarget(String customerId, double purchases, double spend) { }
