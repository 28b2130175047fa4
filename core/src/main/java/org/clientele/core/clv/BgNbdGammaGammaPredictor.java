package org.clientele.core.clv;

import org.clientele.core.task.Progress;

import java.util.List;

/**
 * Holdout spend = BG/NBD conditional expected purchases in the window × Gamma–Gamma conditional expected
 * spend per purchase. Either uses models already fitted on the calibration customers, or fits them in
 * {@link #predict}. Without a spend model, each customer's calibration spend per purchase period is used.
 */
public final class BgNbdGammaGammaPredictor implements HoldoutPredictor {

    public static final String NAME = "bgnbd-gammagamma";

    private final BgNbdModel purchases;
    private final GammaGammaModel spend;
    private final int starts;
    private final long seed;

    private BgNbdGammaGammaPredictor(BgNbdModel purchases, GammaGammaModel spend, int starts, long seed) {
        this.purchases = purchases;
        this.spend = spend;
        this.starts = starts;
        this.seed = seed;
    }

    /** Uses models fitted on the calibration customers; {@code spend} may be null. */
    public static BgNbdGammaGammaPredictor of(BgNbdModel purchases, GammaGammaModel spend) {
        return new BgNbdGammaGammaPredictor(purchases, spend, 0, 0);
    }

    /** Fits both models on the customers given to {@link #predict}. */
    public static BgNbdGammaGammaPredictor fitting(int starts, long seed) {
        return new BgNbdGammaGammaPredictor(null, null, starts, seed);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public HoldoutPrediction predict(List<CalibrationCustomer> customers, double holdoutLength, ClvTimeUnit unit,
                                     Progress progress) {
        List<CustomerRfmSummary> summaries = customers.stream().map(CalibrationCustomer::summary).toList();
        BgNbdModel bg = purchases;
        GammaGammaModel gg = spend;
        if (bg == null) {
            bg = new BgNbdFitter(starts, seed).fit(summaries, unit, progress.slice(0, 0.7)).model();
            if (!GammaGammaFitter.eligible(summaries).isEmpty()) {
                gg = new GammaGammaFitter(starts, seed).fit(summaries, progress.slice(0.7, 0.9)).model();
            }
        }
        double[] n = new double[customers.size()];
        double[] s = new double[customers.size()];
        for (int i = 0; i < n.length; i++) {
            if ((i & 1023) == 0) {
                progress.checkCancelled();
            }
            CustomerRfmSummary c = summaries.get(i);
            n[i] = bg.conditionalExpectedPurchases(holdoutLength, c.frequency(), c.recency(), c.T());
            double perPurchase = gg != null && gg.q() > 1
                    ? gg.conditionalExpectedAverageSpend(c.frequency(), c.monetaryValue())
                    : customers.get(i).totalSpend() / (c.frequency() + 1);
            s[i] = n[i] * perPurchase;
        }
        progress.update(1, "holdout predictions");
        return new HoldoutPrediction(s, n);
    }
}
