package org.clientele.core.clv;

import org.clientele.core.task.Progress;

import java.util.List;

/**
 * A model that predicts each customer's holdout-window spend from calibration-period information only.
 * Implementations (BG/NBD × Gamma–Gamma, the naive baseline, regressors from the prediction engine)
 * must not look at anything dated after the calibration end: that is what makes the comparison honest.
 */
public interface HoldoutPredictor {

    /** A short stable name for reports, e.g. {@code naive}. */
    String name();

    /**
     * @param customers     the calibration customers; the result must be aligned with this list
     * @param holdoutLength the holdout window's length in {@code unit}s
     */
    HoldoutPrediction predict(List<CalibrationCustomer> customers, double holdoutLength, ClvTimeUnit unit,
                              Progress progress);
}
