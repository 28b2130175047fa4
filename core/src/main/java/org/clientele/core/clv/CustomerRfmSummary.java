package org.clientele.core.clv;

import java.util.Objects;

/**
 * A customer's purchase history in the form BG/NBD and Gamma–Gamma need, with the same meaning as the
 * {@code lifetimes} package's summary: {@code frequency} = repeat purchases (purchase periods after the
 * first), {@code recency} = time from the first to the last purchase, {@code T} = time from the first
 * purchase to the end of observation, all in one time unit; {@code monetaryValue} = mean value of the
 * repeat purchases, NaN when there are none.
 */
public record CustomerRfmSummary(String customerId, double frequency, double recency, double T,
                                 double monetaryValue) {

    public CustomerRfmSummary {
        Objects.requireNonNull(customerId, "customerId");
        String problem = problem(frequency, recency, T);
        if (problem != null) {
            throw new IllegalArgumentException("customer " + customerId + ": " + problem);
        }
    }

    /** Why these figures cannot describe a purchase history, or null when they can. */
    static String problem(double frequency, double recency, double T) {
        if (!(frequency >= 0) || !Double.isFinite(frequency)) {
            return "frequency must be a non-negative number, was " + frequency;
        }
        if (!(recency >= 0) || !Double.isFinite(recency)) {
            return "recency must be a non-negative number, was " + recency;
        }
        if (!(T >= 0) || !Double.isFinite(T)) {
            return "T must be a non-negative number, was " + T;
        }
        if (recency > T * (1 + 1e-12)) {
            return "recency (" + recency + ") is larger than T (" + T + ")";
        }
        if (frequency == 0 && recency > 0) {
            return "recency is " + recency + " but frequency is 0 (a customer without repeat purchases has recency 0)";
        }
        return null;
    }

    public boolean hasRepeatPurchases() {
        return frequency > 0;
    }
}
