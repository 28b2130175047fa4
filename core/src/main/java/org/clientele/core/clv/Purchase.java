package org.clientele.core.clv;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One order or invoice of one customer; the caller sums the line items of an order into {@code amount}.
 */
public record Purchase(String customerId, LocalDateTime time, double amount) {

    public Purchase {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(time, "time");
        if (!Double.isFinite(amount)) {
            throw new IllegalArgumentException("purchase amount must be finite for customer " + customerId);
        }
    }
}
