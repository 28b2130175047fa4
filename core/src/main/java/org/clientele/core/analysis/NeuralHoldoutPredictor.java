package org.clientele.core.analysis;

import org.clientele.core.clv.CalibrationCustomer;
import org.clientele.core.clv.CalibrationHoldoutData;
import org.clientele.core.clv.CalibrationHoldoutSplit;
import org.clientele.core.clv.ClvTimeUnit;
import org.clientele.core.clv.HoldoutPrediction;
import org.clientele.core.clv.HoldoutPredictor;
import org.clientele.core.clv.Purchase;
import org.clientele.core.neural.DnnRegressionCandidate;
import org.clientele.core.neural.NetworkSettings;
import org.clientele.core.neural.NeuralModels;
import org.clientele.core.neural.ValueHead;
import org.clientele.core.predict.ModelingData;
import org.clientele.core.predict.RegressionComparison;
import org.clientele.core.predict.RegressionOptions;
import org.clientele.core.predict.RegressionResult;
import org.clientele.core.task.Progress;

import java.time.LocalDate;
import java.util.List;

/**
 * The neural network as a holdout model for CLV, trained inside the calibration period exactly like
 * {@link RegressorHoldoutPredictor}: features from purchases up to {@code calibrationEnd − window}, target =
 * spend in the last window of the calibration period, then applied to features as of {@code calibrationEnd}.
 * It goes through the same comparison machinery (input transform by CV, seeded search, early stopping inside
 * each training part). With the squared-error head ({@code dnn}) the target scale is chosen as for the other
 * regressors; the ZILN head ({@code dnn-ziln}, Wang, Liu &amp; Miao 2019) models the zeros and the lognormal
 * spend of returning customers itself, so it always learns spend in money.
 */
public final class NeuralHoldoutPredictor implements HoldoutPredictor {

    /** Holdout model names, as {@code --holdout-models} takes them. */
    public static final String DNN = NeuralModels.DNN;
    public static final String DNN_ZILN = "dnn-ziln";
    public static final List<String> NAMES = List.of(DNN, DNN_ZILN);

    private final List<Purchase> purchases;
    private final LocalDate calibrationEnd;
    private final ValueHead head;
    private final long seed;
    private String settings = "";

    /** @param purchases every purchase of the log; those after {@code calibrationEnd} are ignored */
    public NeuralHoldoutPredictor(List<Purchase> purchases, LocalDate calibrationEnd, ValueHead head, long seed) {
        this.purchases = purchases.stream().filter(p -> !p.time().toLocalDate().isAfter(calibrationEnd)).toList();
        this.calibrationEnd = calibrationEnd;
        this.head = head;
        this.seed = seed;
    }

    /** The predictor for a name in {@link #NAMES}. */
    public static NeuralHoldoutPredictor named(String name, List<Purchase> purchases, LocalDate calibrationEnd, long seed) {
        return switch (name) {
            case DNN -> new NeuralHoldoutPredictor(purchases, calibrationEnd, ValueHead.MSE, seed);
            case DNN_ZILN -> new NeuralHoldoutPredictor(purchases, calibrationEnd, ValueHead.ZILN, seed);
            default -> throw new IllegalArgumentException("no neural holdout model '" + name + "'; known: " + NAMES);
        };
    }

    @Override
    public String name() {
        return head == ValueHead.ZILN ? DNN_ZILN : DNN;
    }

    /** What the search chose, after {@link #predict}. */
    public String settings() {
        return settings;
    }

    @Override
    public HoldoutPrediction predict(List<CalibrationCustomer> customers, double holdoutLength, ClvTimeUnit unit,
                                     Progress progress) {
        long days = Math.round(unit == ClvTimeUnit.WEEK ? holdoutLength * 7 : holdoutLength);
        CalibrationHoldoutData inner = CalibrationHoldoutSplit.split(purchases, calibrationEnd.minusDays(days),
                calibrationEnd, unit);
        double[] target = inner.holdout().stream().mapToDouble(t -> t.spend()).toArray();
        List<String> ids = inner.calibration().stream().map(CalibrationCustomer::customerId).toList();
        ModelingData data = ModelingData.regression(ids, RegressorHoldoutPredictor.FEATURES,
                RegressorHoldoutPredictor.features(inner.calibration()), target);
        DnnRegressionCandidate candidate = new DnnRegressionCandidate(name(), NetworkSettings.defaults().withHead(head),
                NeuralModels.SEARCH_DRAWS, progress);
        RegressionOptions options = RegressionOptions.defaults().withTarget("next_window_spend").withModels(List.of())
                .withExtraCandidates(List.of(candidate)).withSeed(seed)
                // Past spend predicting later spend is the point here, not leakage: the split is in time.
                .withKeep(RegressorHoldoutPredictor.FEATURES)
                .withTableCv(false);
        if (head == ValueHead.ZILN) {
            options = options.withLogTarget(RegressionOptions.LogTarget.NEVER);
        }
        RegressionResult result = RegressionComparison.run(data, options, progress);
        settings = result.score(name()).settings();
        double[] predicted = result.bestPipeline().predict(RegressorHoldoutPredictor.features(customers));
        for (int i = 0; i < predicted.length; i++) {
            predicted[i] = Math.max(0, predicted[i]);
        }
        return new HoldoutPrediction(predicted, null);
    }
}
