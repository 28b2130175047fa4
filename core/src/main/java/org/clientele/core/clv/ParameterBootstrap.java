package org.clientele.core.clv;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.clientele.core.task.Progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Intervals on each customer's expected purchases, P(alive) and CLV, and on the totals, by parametric bootstrap
 * (the "delta-free" simulation of Krinsky &amp; Robb 1986): seeded draws of the log-parameters from N(estimate,
 * inverse Hessian), every figure recomputed under each draw, percentiles taken. Customers with the same (x, t_x, T)
 * share their draws, so the work grows with distinct histories, not customers.
 */
public final class ParameterBootstrap {

    public static final double LEVEL = 0.9;
    public static final int DEFAULT_DRAWS = 200;
    /** Model evaluations allowed before the number of draws is cut (never below {@link #MIN_DRAWS}). */
    static final long EVALUATION_BUDGET = 12_000_000L;
    static final int MIN_DRAWS = 20;

    /** Per-customer bounds aligned with the input, and the totals. */
    public record Result(double[] purchasesLow, double[] purchasesHigh, double[] aliveLow, double[] aliveHigh,
                         double[] clvLow, double[] clvHigh, ClvUncertainty summary) { }

    private ParameterBootstrap() {
    }

    /**
     * @param spendPerPurchase each customer's expected spend per purchase (NaN when unknown)
     * @return null with a warning added when the fit has no covariance or the data is too large for even
     * {@link #MIN_DRAWS} draws
     */
    public static Result run(PurchaseModelFit fit, List<CustomerRfmSummary> customers, double[] spendPerPurchase,
                             int months, double monthlyDiscountRate, ClvTimeUnit unit, int draws, long seed,
                             Progress progress, List<String> warnings) {
        if (draws <= 0) {
            return null;
        }
        if (fit.logCovariance() == null) {
            warnings.add("no intervals: the " + fit.model() + " likelihood is flat at the estimate, so its parameter "
                    + "uncertainty is unknown");
            return null;
        }
        Map<List<Double>, Integer> groupOf = new HashMap<>();
        int[] group = new int[customers.size()];
        List<double[]> histories = new ArrayList<>();
        for (int i = 0; i < group.length; i++) {
            CustomerRfmSummary c = customers.get(i);
            group[i] = groupOf.computeIfAbsent(List.of(c.frequency(), c.recency(), c.T()), k -> {
                histories.add(new double[]{c.frequency(), c.recency(), c.T()});
                return histories.size() - 1;
            });
        }
        long perDraw = (long) histories.size() * (months + 1);  // months expectations and P(alive)
        int used = (int) Math.min(draws, EVALUATION_BUDGET / Math.max(1, perDraw));
        if (used < MIN_DRAWS) {
            warnings.add(String.format(java.util.Locale.ROOT, "no intervals: %,d distinct purchase histories are too "
                    + "many to bootstrap in reasonable time", histories.size()));
            return null;
        }
        if (used < draws) {
            warnings.add("intervals use " + used + " parameter draws instead of " + draws + " to keep the run short");
        }
        PurchaseModel[] models = draw(fit, used, seed);
        int g = histories.size();
        double[][] bounds = new double[g][6];
        double[] sumSpend = new double[g];
        double[] count = new double[g];
        for (int i = 0; i < group.length; i++) {
            sumSpend[group[i]] += spendPerPurchase[i];
            count[group[i]]++;
        }
        double[] totalPurchases = new double[used];
        double[] totalSpend = new double[used];
        double[] totalClv = new double[used];
        double[] purchases = new double[used];
        double[] alive = new double[used];
        double[] discounted = new double[used];
        double horizon = months * unit.perMonth();
        PurchaseModel point = fit.fitted();
        double[] pointTotals = new double[3];
        for (int k = 0; k < g; k++) {
            if ((k & 63) == 0) {
                progress.checkCancelled();
                progress.update((double) k / g, "lifetime value intervals");
            }
            double[] h = histories.get(k);
            double pointPurchases = point.conditionalExpectedPurchases(horizon, h[0], h[1], h[2]);
            pointTotals[0] += count[k] * pointPurchases;
            pointTotals[1] += sumSpend[k] * pointPurchases;
            pointTotals[2] += sumSpend[k] * ClvCalculator.discountedPurchases(point, h[0], h[1], h[2], months,
                    monthlyDiscountRate, unit);
            for (int d = 0; d < used; d++) {
                alive[d] = models[d].probabilityAlive(h[0], h[1], h[2]);
                // One pass over the months gives both the discounted sum and the horizon's cumulative purchases.
                double value = 0;
                double previous = 0;
                for (int m = 1; m <= months; m++) {
                    double cumulative = models[d].conditionalExpectedPurchases(m * unit.perMonth(), h[0], h[1], h[2]);
                    value += (cumulative - previous) / Math.pow(1 + monthlyDiscountRate, m);
                    previous = cumulative;
                }
                discounted[d] = value;
                purchases[d] = previous;
                totalPurchases[d] += count[k] * purchases[d];
                totalSpend[d] += sumSpend[k] * purchases[d];
                totalClv[d] += sumSpend[k] * discounted[d];
            }
            bounds[k] = new double[]{quantile(purchases, lowP()), quantile(purchases, highP()), quantile(alive, lowP()),
                    quantile(alive, highP()), quantile(discounted, lowP()), quantile(discounted, highP())};
        }
        int n = group.length;
        double[][] out = new double[6][n];
        for (int i = 0; i < n; i++) {
            double[] b = bounds[group[i]];
            for (int j = 0; j < 4; j++) {
                out[j][i] = b[j];
            }
            out[4][i] = b[4] * spendPerPurchase[i];
            out[5][i] = b[5] * spendPerPurchase[i];
        }
        progress.update(1, "lifetime value intervals");
        ClvUncertainty summary = new ClvUncertainty("parametric bootstrap of the " + fit.model() + " parameters from "
                + "the inverse Hessian of the log-likelihood in log-parameters; spend per purchase held at its estimate",
                fit.model(), used, LEVEL, seed, interval(pointTotals[0], totalPurchases), interval(pointTotals[1], totalSpend),
                interval(pointTotals[2], totalClv));
        return new Result(out[0], out[1], out[2], out[3], out[4], out[5], summary);
    }

    /** Parameter vectors exp(log estimate + L z), z ~ N(0, I) from a seeded generator, L L' = covariance. */
    static PurchaseModel[] draw(PurchaseModelFit fit, int draws, long seed) {
        double[] centre = Arrays.stream(fit.fitted().parameters()).map(Math::log).toArray();
        int dim = centre.length;
        RealMatrix l;
        try {
            l = new CholeskyDecomposition(new Array2DRowRealMatrix(fit.logCovariance()), 1e-10, 0).getL();
        } catch (NonPositiveDefiniteMatrixException e) {
            throw new IllegalStateException("the covariance of a fit must be positive definite", e);
        }
        Random random = new Random(seed);
        PurchaseModel[] models = new PurchaseModel[draws];
        double[] z = new double[dim];
        int tries = 0;
        for (int d = 0; d < draws; d++) {
            for (int i = 0; i < dim; i++) {
                z[i] = random.nextGaussian();
            }
            double[] p = new double[dim];
            for (int i = 0; i < dim; i++) {
                double v = centre[i];
                for (int j = 0; j <= i; j++) {
                    v += l.getEntry(i, j) * z[j];
                }
                p[i] = Math.exp(v);
            }
            // Draws outside the region the fitter searches (e.g. Pareto/NBD time scales 10^4 apart) are redrawn:
            // a truncated normal, so that no draw lands where the model's series cannot be summed.
            if (!PurchaseModelFitter.feasible(fit.fitted().withParameters(p)) && ++tries < 100 * draws) {
                d--;
                continue;
            }
            models[d] = fit.fitted().withParameters(p);
        }
        return models;
    }

    private static double lowP() {
        return (1 - LEVEL) / 2;
    }

    private static double highP() {
        return 1 - (1 - LEVEL) / 2;
    }

    private static ClvUncertainty.Interval interval(double estimate, double[] values) {
        return ClvUncertainty.Interval.ofFinite(estimate, quantile(values, lowP()), quantile(values, highP()));
    }

    /** The p-quantile with linear interpolation between order statistics (type 7, as numpy's default). */
    static double quantile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
