package org.clientele.core.clv;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How uncertain the forward-looking totals are because the purchase model's parameters are estimates: the
 * {@code level} central interval over {@code draws} parameter vectors drawn from the asymptotic normal of the
 * log-parameters (inverse Hessian), with spend per purchase held at its estimate. Totals are null when a
 * customer lacks a spend estimate, as the point totals are.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClvUncertainty(String method, String model, int draws, double level, long seed,
                             Interval totalExpectedPurchases, Interval totalExpectedSpend, Interval totalClv) {

    /** The figure at the estimated parameters and its central interval [low, high]. */
    public record Interval(double estimate, double low, double high) {
        static Interval ofFinite(double estimate, double low, double high) {
            return Double.isFinite(estimate) && Double.isFinite(low) && Double.isFinite(high)
                    ? new Interval(estimate, low, high) : null;
        }
    }
}
