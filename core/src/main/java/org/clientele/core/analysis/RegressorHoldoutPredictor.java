package org.clientele.core.analysis;

import org.clientele.core.clv.CalibrationCustomer;
import org.clientele.core.clv.CalibrationHoldoutData;
import org.clientele.core.clv.CalibrationHoldoutSplit;
import org.clientele.core.clv.ClvTimeUnit;
import org.clientele.core.clv.CustomerRfmSummary;
import org.clientele.core.clv.HoldoutPrediction;
import org.clientele.core.clv.HoldoutPredictor;
import org.clientele.core.clv.Purchase;
import org.clientele.core.predict.ModelingData;
import org.clientele.core.predict.RegressionOptions;
import org.clientele.core.predict.RegressionResult;
import org.clientele.core.predict.RegressionComparison;
import org.clientele.core.task.Progress;

import java.time.LocalDate;
import java.util.List;

/**
 * The prediction engine's regressors as a holdout model for CLV. A regressor needs a target, and the
 * holdout must stay unseen, so it learns inside the calibration period: features from purchases up to
 * {@code calibrationEnd − window}, target = spend in the last {@code window} of the calibration period.
 * The best model (by cross-validated R²) is then applied to features as of {@code calibrationEnd}.
 * Nothing dated after the calibration end is read.
 */
public final class RegressorHoldoutPredictor implements HoldoutPredictor {

    static final List<String> FEATURES = List.of("frequency", "recency", "T", "periods_since_last", "monetary_value",
            "total_spend");

    private final List<Purchase> purchases;
    private final LocalDate calibrationEnd;
    private final List<String> models;
    private final long seed;
    private String chosen = "";

    /** @param purchases every purchase of the log; those after {@code calibrationEnd} are ignored */
    public RegressorHoldoutPredictor(List<Purchase> purchases, LocalDate calibrationEnd, List<String> models, long seed) {
        this.purchases = purchases.stream().filter(p -> !p.time().toLocalDate().isAfter(calibrationEnd)).toList();
        this.calibrationEnd = calibrationEnd;
        this.models = List.copyOf(models);
        this.seed = seed;
    }

    @Override
    public String name() {
        return chosen.isEmpty() ? "regressor" : "regressor-" + chosen;
    }

    @Override
    public HoldoutPrediction predict(List<CalibrationCustomer> customers, double holdoutLength, ClvTimeUnit unit,
                                     Progress progress) {
        long days = Math.round(unit == ClvTimeUnit.WEEK ? holdoutLength * 7 : holdoutLength);
        LocalDate innerEnd = calibrationEnd.minusDays(days);
        CalibrationHoldoutData inner = CalibrationHoldoutSplit.split(purchases, innerEnd, calibrationEnd, unit);
        double[] target = inner.holdout().stream().mapToDouble(t -> t.spend()).toArray();
        List<String> ids = inner.calibration().stream().map(CalibrationCustomer::customerId).toList();
        ModelingData data = ModelingData.regression(ids, FEATURES, features(inner.calibration()), target);
        RegressionResult result = RegressionComparison.run(data, RegressionOptions.defaults()
                .withTarget("next_window_spend").withModels(models).withSeed(seed)
                // Past spend predicting later spend is the point here, not leakage: the split is in time.
                .withKeep(FEATURES)
                // Only the chosen model's holdout predictions are used; whole-table CV figures would be unread.
                .withTableCv(false), progress);
        chosen = result.best();
        double[] predicted = result.bestPipeline().predict(features(customers));
        for (int i = 0; i < predicted.length; i++) {
            predicted[i] = Math.max(0, predicted[i]);
        }
        return new HoldoutPrediction(predicted, null);
    }

    static double[][] features(List<CalibrationCustomer> customers) {
        double[][] x = new double[customers.size()][];
        for (int i = 0; i < x.length; i++) {
            CalibrationCustomer c = customers.get(i);
            CustomerRfmSummary s = c.summary();
            // One-off buyers have no repeat-purchase mean; their only purchase is the best estimate of it.
            double monetary = Double.isNaN(s.monetaryValue()) ? c.totalSpend() : s.monetaryValue();
            x[i] = new double[] {s.frequency(), s.recency(), s.T(), s.T() - s.recency(), monetary, c.totalSpend()};
        }
        return x;
    }
}
