package org.clientele.core.clv;

import org.clientele.core.task.Progress;

import java.util.ArrayList;
import java.util.List;

/** Runs holdout predictors on a calibration/holdout split and scores them. */
public final class HoldoutEvaluation {

    /** Calibration frequencies 0..7 get their own row, 7 and above are pooled ("7+"), as in FHL 2005, fig. 3. */
    public static final int POOLED_FROM = 7;

    private HoldoutEvaluation() {
    }

    public static List<HoldoutScore> evaluate(CalibrationHoldoutData data, List<HoldoutPredictor> predictors,
                                              Progress progress) {
        if (!data.hasHoldout()) {
            throw new IllegalArgumentException("the data has no holdout window");
        }
        List<HoldoutScore> scores = new ArrayList<>();
        for (int k = 0; k < predictors.size(); k++) {
            progress.checkCancelled();
            HoldoutPredictor predictor = predictors.get(k);
            Progress slice = progress.slice((double) k / predictors.size(), (k + 1.0) / predictors.size());
            HoldoutPrediction prediction = predictor.predict(data.calibration(), data.holdoutLength(), data.timeUnit(), slice);
            scores.add(score(predictor.name(), data, prediction));
        }
        return scores;
    }

    public static HoldoutScore score(String model, CalibrationHoldoutData data, HoldoutPrediction prediction) {
        List<HoldoutTarget> targets = data.holdout();
        int n = targets.size();
        if (prediction.spend().length != n) {
            throw new IllegalArgumentException(model + " predicted " + prediction.spend().length + " customers, expected " + n);
        }
        double[] actualSpend = new double[n];
        double[] actualPurchases = new double[n];
        for (int i = 0; i < n; i++) {
            actualSpend[i] = targets.get(i).spend();
            actualPurchases[i] = targets.get(i).purchases();
        }
        double[] spend = prediction.spend();
        Double purchasesRmse = null;
        Double purchasesMae = null;
        List<FrequencyBin> bins = List.of();
        if (prediction.purchases() != null) {
            purchasesRmse = HoldoutMetrics.rmse(actualPurchases, prediction.purchases());
            purchasesMae = HoldoutMetrics.mae(actualPurchases, prediction.purchases());
            bins = byFrequency(data, actualPurchases, prediction.purchases());
        }
        return new HoldoutScore(model, HoldoutMetrics.rmse(actualSpend, spend), HoldoutMetrics.mae(actualSpend, spend),
                HoldoutMetrics.spearman(actualSpend, spend), HoldoutMetrics.topDecileCapture(actualSpend, spend), n,
                sum(actualSpend), sum(spend), purchasesRmse, purchasesMae, bins, RankingMetrics.of(actualSpend, spend));
    }

    static List<FrequencyBin> byFrequency(CalibrationHoldoutData data, double[] actual, double[] predicted) {
        int[] count = new int[POOLED_FROM + 1];
        double[] actualSum = new double[POOLED_FROM + 1];
        double[] predictedSum = new double[POOLED_FROM + 1];
        for (int i = 0; i < actual.length; i++) {
            int x = (int) Math.min(POOLED_FROM, Math.round(data.calibration().get(i).summary().frequency()));
            count[x]++;
            actualSum[x] += actual[i];
            predictedSum[x] += predicted[i];
        }
        List<FrequencyBin> bins = new ArrayList<>();
        for (int x = 0; x <= POOLED_FROM; x++) {
            bins.add(new FrequencyBin(x, x == POOLED_FROM, count[x],
                    count[x] == 0 ? Double.NaN : actualSum[x] / count[x],
                    count[x] == 0 ? Double.NaN : predictedSum[x] / count[x]));
        }
        return bins;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s;
    }
}
