package org.clientele.core.clv;

import java.util.Objects;

/**
 * A history at discrete transaction opportunities, as BG/BB needs it: {@code x} transactions in the
 * {@code n} opportunities after the first (the first transaction itself is not counted), the last of them
 * at opportunity {@code tx} (0 when x = 0).
 */
public record DiscreteCustomer(String customerId, int x, int tx, int n) {

    public DiscreteCustomer {
        Objects.requireNonNull(customerId, "customerId");
        String problem = problem(x, tx, n);
        if (problem != null) {
            throw new IllegalArgumentException("customer " + customerId + ": " + problem);
        }
    }

    /** Why these counts cannot be a history, or null when they can. */
    static String problem(int x, int tx, int n) {
        if (n < 0 || x < 0 || tx < 0) {
            return "x, t_x and n must be non-negative (x=" + x + ", t_x=" + tx + ", n=" + n + ")";
        }
        if (tx > n) {
            return "t_x (" + tx + ") is larger than n (" + n + ")";
        }
        if (x > tx) {
            return "x (" + x + ") is larger than t_x (" + tx + "): at most one transaction per opportunity";
        }
        if (x == 0 && tx > 0) {
            return "t_x is " + tx + " but x is 0 (a customer without repeat transactions has t_x 0)";
        }
        return null;
    }
}
