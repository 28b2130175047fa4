package org.clientele.core.clv;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Settings of a CLV run. {@code calibrationEnd} null: no holdout, the models use every purchase up to
 * {@code holdoutEnd} if given, else up to the last purchase. {@code holdoutEnd} null with a calibration end:
 * the holdout runs to the last purchase. The horizon is in months, the discount rate per month.
 * {@code purchaseModel} picks the purchase model (or {@code auto}); {@code intervalDraws} parameter draws give the
 * 90% intervals (0: none).
 */
public record ClvOptions(ClvTimeUnit timeUnit, LocalDate calibrationEnd, LocalDate holdoutEnd, int horizonMonths,
                         double monthlyDiscountRate, int starts, long seed, PurchaseModelChoice purchaseModel,
                         int intervalDraws) {

    public static final ClvOptions DEFAULT = new ClvOptions(ClvTimeUnit.DAY, null, null, 12, 0.01,
            BgNbdFitter.DEFAULT_STARTS, 42, PurchaseModelChoice.BGNBD, ParameterBootstrap.DEFAULT_DRAWS);

    /** The settings before purchase-model choice and intervals: BG/NBD with the default intervals. */
    public ClvOptions(ClvTimeUnit timeUnit, LocalDate calibrationEnd, LocalDate holdoutEnd, int horizonMonths,
                      double monthlyDiscountRate, int starts, long seed) {
        this(timeUnit, calibrationEnd, holdoutEnd, horizonMonths, monthlyDiscountRate, starts, seed,
                PurchaseModelChoice.BGNBD, ParameterBootstrap.DEFAULT_DRAWS);
    }

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
        Objects.requireNonNull(purchaseModel, "purchaseModel");
        if (intervalDraws < 0) {
            throw new IllegalArgumentException("the number of interval draws must be 0 or more, was " + intervalDraws);
        }
        if (calibrationEnd != null && holdoutEnd != null && !holdoutEnd.isAfter(calibrationEnd)) {
            throw new IllegalArgumentException("the holdout end (" + holdoutEnd + ") must be after the calibration end ("
                    + calibrationEnd + ")");
        }
    }

    /** A builder starting from {@link #DEFAULT}. */
    public static Builder builder() {
        return DEFAULT.toBuilder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public ClvOptions withTimeUnit(ClvTimeUnit unit) {
        return toBuilder().timeUnit(unit).build();
    }

    public ClvOptions withHoldout(LocalDate calibrationEnd, LocalDate holdoutEnd) {
        return toBuilder().calibrationEnd(calibrationEnd).holdoutEnd(holdoutEnd).build();
    }

    public ClvOptions withHorizon(int months, double monthlyDiscountRate) {
        return toBuilder().horizonMonths(months).monthlyDiscountRate(monthlyDiscountRate).build();
    }

    public ClvOptions withSeed(long seed) {
        return toBuilder().seed(seed).build();
    }

    /** Named settings; {@link #build()} checks them. */
    public static final class Builder {
        private ClvTimeUnit timeUnit;
        private LocalDate calibrationEnd;
        private LocalDate holdoutEnd;
        private int horizonMonths;
        private double monthlyDiscountRate;
        private int starts;
        private long seed;
        private PurchaseModelChoice purchaseModel;
        private int intervalDraws;

        private Builder(ClvOptions o) {
            timeUnit = o.timeUnit;
            calibrationEnd = o.calibrationEnd;
            holdoutEnd = o.holdoutEnd;
            horizonMonths = o.horizonMonths;
            monthlyDiscountRate = o.monthlyDiscountRate;
            starts = o.starts;
            seed = o.seed;
            purchaseModel = o.purchaseModel;
            intervalDraws = o.intervalDraws;
        }

        public Builder timeUnit(ClvTimeUnit v) {
            timeUnit = v;
            return this;
        }

        public Builder calibrationEnd(LocalDate v) {
            calibrationEnd = v;
            return this;
        }

        public Builder holdoutEnd(LocalDate v) {
            holdoutEnd = v;
            return this;
        }

        public Builder horizonMonths(int v) {
            horizonMonths = v;
            return this;
        }

        public Builder monthlyDiscountRate(double v) {
            monthlyDiscountRate = v;
            return this;
        }

        public Builder starts(int v) {
            starts = v;
            return this;
        }

        public Builder seed(long v) {
            seed = v;
            return this;
        }

        public Builder purchaseModel(PurchaseModelChoice v) {
            purchaseModel = v;
            return this;
        }

        public Builder intervalDraws(int v) {
            intervalDraws = v;
            return this;
        }

        public ClvOptions build() {
            return new ClvOptions(timeUnit, calibrationEnd, holdoutEnd, horizonMonths, monthlyDiscountRate, starts,
                    seed, purchaseModel, intervalDraws);
        }
    }
}
