package org.clientele.core.clv;

import java.util.Objects;

/**
 * One subscriber: {@code tenure} periods observed, and whether they churned in the last of them (T = tenure,
 * so tenure is at least 1) or are still a customer (T &gt; tenure, right-censored; tenure 0 = just joined).
 */
public record ContractCustomer(String customerId, int tenure, boolean churned) {

    public ContractCustomer {
        Objects.requireNonNull(customerId, "customerId");
        if (tenure < (churned ? 1 : 0)) {
            throw new IllegalArgumentException("customer " + customerId + ": tenure must be at least "
                    + (churned ? "1 period for a customer who churned" : "0") + ", was " + tenure);
        }
    }
}
