package org.clientele.core.clv;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Settings of a CLV run. {@code calibrationEnd} null: no holdout, the models use every purchase up to
 * {@code holdoutEnd} if given, else up to the last purchase. {@code holdoutEnd} null with a calibration end:
 * the holdout runs to the last purchase. The horizon is in months, the discount rate per month.
 */
public record ClvOptions(ClvTimeUnit timeUnit, LocalDate calibrationEnd, LocalDate holdoutEnd, int horizonMonths,
                         double monthlyDiscountRate, int starts, long seed) {

    public static final ClvOptions DEFAULT = new ClvOptions(ClvTimeUnit.DAY, null, null, 12, 0.01,
            BgNbdFitter.DEFAULT_STARTS, 42);

    public ClvOptions {
        Objects.requireNonNull(timeUnit, "timeUnit");
        if (horizonMonths < 1) {
            throw new IllegalArgumentException("the horizon must be at least one month, was " + horizonMonths);
        }
        if (!(monthlyDiscountRate > -1) || !Double.isFinite(monthlyDiscountRate)) {
            throw new IllegalArgumentException("the monthly discount rate must be a number above -1, was " + monthlyDiscountRate);
        }
        if (starts < 1) {
            throw new IllegalArgumentException("starts must be at least 1");
        }
        if (calibrationEnd != null && holdoutEnd != null && !holdoutEnd.isAfter(calibrationEnd)) {
            throw new IllegalArgumentException("the holdout end (" + holdoutEnd + ") must be after the calibration end ("
                    + calibrationEnd + ")");
        }
    }

    public ClvOptions withTimeUnit(ClvTimeUnit unit) {
        return new ClvOptions(unit, calibrationEnd, holdoutEnd, horizonMonths, monthlyDiscountRate, starts, seed);
    }

    public ClvOptions withHoldout(LocalDate calibrationEnd, LocalDate holdoutEnd) {
        return new ClvOptions(timeUnit, calibrationEnd, holdoutEnd, horizonMonths, monthlyDiscountRate, starts, seed);
    }

    public ClvOptions withHorizon(int months, double monthlyDiscountRate) {
        return new ClvOptions(timeUnit, calibrationEnd, holdoutEnd, months, monthlyDiscountRate, starts, seed);
    }

    public ClvOptions withSeed(long seed) {
        return new ClvOptions(timeUnit, calibrationEnd, holdoutEnd, horizonMonths, monthlyDiscountRate, starts, seed);
    }
}
