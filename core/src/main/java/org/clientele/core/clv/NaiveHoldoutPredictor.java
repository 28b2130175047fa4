package org.clientele.core.clv;

import org.clientele.core.task.Progress;

import java.util.List;

/**
 * The baseline a model must beat: each customer keeps buying at their calibration rate. A customer has
 * been observed for T + 1 periods (the first purchase's period included), so the holdout prediction is
 * calibration spend (and purchases) × holdout length / (T + 1).
 */
public final class NaiveHoldoutPredictor implements HoldoutPredictor {

    @Override
    public String name() {
        return "naive";
    }

    @Override
    public HoldoutPrediction predict(List<CalibrationCustomer> customers, double holdoutLength, ClvTimeUnit unit,
                                     Progress progress) {
        double[] spend = new double[customers.size()];
        double[] purchases = new double[customers.size()];
        for (int i = 0; i < spend.length; i++) {
            CalibrationCustomer c = customers.get(i);
            double scale = holdoutLength / (c.summary().T() + 1);
            spend[i] = c.totalSpend() * scale;
            purchases[i] = (c.summary().frequency() + 1) * scale;
        }
        return new HoldoutPrediction(spend, purchases);
    }
}
