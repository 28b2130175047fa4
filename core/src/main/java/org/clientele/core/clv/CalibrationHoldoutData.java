package org.clientele.core.clv;

import java.time.LocalDate;
import java.util.List;

/**
 * Purchases split in time: calibration customers (features from purchases up to and including
 * {@code calibrationEnd} only) and, aligned by index, their holdout targets for the window
 * ({@code calibrationEnd}, {@code holdoutEnd}]. Without a holdout, {@code holdoutEnd} is null,
 * {@code holdoutLength} 0 and {@code holdout} empty.
 */
public record CalibrationHoldoutData(ClvTimeUnit timeUnit, LocalDate firstPurchase, LocalDate calibrationEnd,
                                     LocalDate holdoutEnd, double holdoutLength,
                                     List<CalibrationCustomer> calibration, List<HoldoutTarget> holdout,
                                     int customersFirstSeenInHoldout) {

    public CalibrationHoldoutData {
        calibration = List.copyOf(calibration);
        holdout = List.copyOf(holdout);
        if (!holdout.isEmpty() && holdout.size() != calibration.size()) {
            throw new IllegalArgumentException("holdout targets must align with calibration customers");
        }
    }

    public boolean hasHoldout() {
        return holdoutEnd != null;
    }

    public List<CustomerRfmSummary> summaries() {
        return calibration.stream().map(CalibrationCustomer::summary).toList();
    }
}
