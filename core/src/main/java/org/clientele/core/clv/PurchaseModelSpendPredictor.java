package org.clientele.core.clv;

import org.clientele.core.task.Progress;

import java.util.List;

/**
 * Holdout spend = a purchase model's conditional expected purchases in the window × Gamma–Gamma conditional
 * expected spend per purchase, both fitted on the calibration customers; without a usable spend model (none, or
 * q &lt;= 1) each customer's calibration spend per purchase period. Named {@code <model>-gammagamma}.
 */
public final class PurchaseModelSpendPredictor implements HoldoutPredictor {

    private final PurchaseModel purchases;
    private final GammaGammaModel spend;

    /** {@code spend} may be null. */
    public PurchaseModelSpendPredictor(PurchaseModel purchases, GammaGammaModel spend) {
        this.purchases = purchases;
        this.spend = spend;
    }

    @Override
    public String name() {
        return purchases.name() + "-gammagamma";
    }

    @Override
    public HoldoutPrediction predict(List<CalibrationCustomer> customers, double holdoutLength, ClvTimeUnit unit,
                                     Progress progress) {
        double[] n = new double[customers.size()];
        double[] s = new double[customers.size()];
        for (int i = 0; i < n.length; i++) {
            if ((i & 1023) == 0) {
                progress.checkCancelled();
            }
            CustomerRfmSummary c = customers.get(i).summary();
            n[i] = purchases.conditionalExpectedPurchases(holdoutLength, c.frequency(), c.recency(), c.T());
            double perPurchase = spend != null && spend.q() > 1
                    ? spend.conditionalExpectedAverageSpend(c.frequency(), c.monetaryValue())
                    : customers.get(i).totalSpend() / (c.frequency() + 1);
            s[i] = n[i] * perPurchase;
        }
        progress.update(1, "holdout predictions");
        return new HoldoutPrediction(s, n);
    }
}
