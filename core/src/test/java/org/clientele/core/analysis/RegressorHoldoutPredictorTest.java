package org.clientele.core.analysis;

import org.clientele.core.clv.CalibrationHoldoutData;
import org.clientele.core.clv.CalibrationHoldoutSplit;
import org.clientele.core.clv.ClvTimeUnit;
import org.clientele.core.clv.HoldoutPrediction;
import org.clientele.core.clv.Purchase;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegressorHoldoutPredictorTest {

    private static final LocalDate START = LocalDate.of(2011, 1, 1);
    private static final LocalDate CALIBRATION_END = LocalDate.of(2011, 9, 30);
    private static final LocalDate HOLDOUT_END = LocalDate.of(2011, 12, 31);

    /** Customers who buy at their own steady rate and basket size, all year. */
    private static List<Purchase> purchases(long seed) {
        Random rnd = new Random(seed);
        List<Purchase> list = new ArrayList<>();
        for (int c = 0; c < 300; c++) {
            double gapDays = 5 + rnd.nextInt(60);
            double basket = 20 + rnd.nextInt(200);
            for (double day = rnd.nextInt(120); day < 365; day += gapDays * (0.5 + rnd.nextDouble())) {
                list.add(new Purchase("c" + c, START.plusDays((long) day).atTime(12, 0), basket * (0.8 + 0.4 * rnd.nextDouble())));
            }
        }
        return list;
    }

    private static HoldoutPrediction predict(List<Purchase> purchases) {
        CalibrationHoldoutData data = CalibrationHoldoutSplit.split(purchases, CALIBRATION_END, HOLDOUT_END, ClvTimeUnit.DAY);
        return new RegressorHoldoutPredictor(purchases, CALIBRATION_END, List.of("mean", "linear"), 7)
                .predict(data.calibration(), data.holdoutLength(), ClvTimeUnit.DAY, Progress.NONE);
    }

    @Test
    void nothingAfterTheCalibrationEndChangesThePrediction() {
        List<Purchase> honest = purchases(1);
        List<Purchase> withFuture = new ArrayList<>(honest);
        // Enormous holdout purchases: a model that peeked would predict very differently.
        for (int c = 0; c < 300; c += 3) {
            withFuture.add(new Purchase("c" + c, LocalDateTime.of(2011, 11, 15, 10, 0), 1e6));
        }
        assertArrayEquals(predict(honest).spend(), predict(withFuture).spend(), 1e-9);
    }

    @Test
    void learnsThatSteadyBigBuyersSpendMoreInTheHoldout() {
        List<Purchase> purchases = purchases(2);
        CalibrationHoldoutData data = CalibrationHoldoutSplit.split(purchases, CALIBRATION_END, HOLDOUT_END, ClvTimeUnit.DAY);
        double[] predicted = predict(purchases).spend();
        assertEquals(data.calibration().size(), predicted.length);
        double[] actual = data.holdout().stream().mapToDouble(t -> t.spend()).toArray();
        double correlation = new org.apache.commons.math3.stat.correlation.PearsonsCorrelation().correlation(predicted, actual);
        assertTrue(correlation > 0.7, "correlation with holdout spend " + correlation);
        for (double p : predicted) {
            assertTrue(p >= 0);
        }
    }
}
