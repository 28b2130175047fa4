package org.clientele.core.clv;

import java.time.LocalDate;

/**
 * What is known about a customer at the end of the calibration period, and nothing later: the BG/NBD
 * summary, total calibration spend (first purchase included) and the first and last purchase dates.
 */
public record CalibrationCustomer(CustomerRfmSummary summary, double totalSpend, LocalDate firstPurchase,
                                  LocalDate lastPurchase) {

    public String customerId() {
        return summary.customerId();
    }
}
