package org.clientele.core.clv;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.clientele.core.task.Progress;

import java.util.Arrays;
import java.util.List;
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
        Evaluation e = evaluate(fit, customers, spendPerPurchase, new int[customers.size()], 1, months,
                monthlyDiscountRate, unit, draws, seed, true, progress, warnings);
        if (e == null) {
            return null;
        }
        int n = customers.size();
        double[][] out = new double[6][n];
        for (int i = 0; i < n; i++) {
            double[] b = e.bounds[e.groups.group[i]];
            for (int j = 0; j < 4; j++) {
                out[j][i] = b[j];
            }
            out[4][i] = b[4] * spendPerPurchase[i];
            out[5][i] = b[5] * spendPerPurchase[i];
        }
        SegmentDraws all = e.totals;
        ClvUncertainty summary = new ClvUncertainty(METHOD + fit.model() + METHOD_DETAIL, fit.model(), all.draws(),
                LEVEL, seed, interval(all.pointPurchases()[0], all.purchases()[0]),
                interval(all.pointSpend()[0], all.spend()[0]), interval(all.pointClv()[0], all.clv()[0]));
        return new Result(out[0], out[1], out[2], out[3], out[4], out[5], summary);
    }

    static final String METHOD = "parametric bootstrap of the ";
    static final String METHOD_DETAIL = " parameters from the inverse Hessian of the log-likelihood in log-parameters;"
            + " spend per purchase held at its estimate";

    /**
     * Every segment's totals under each parameter draw (the same seeded draws as {@link #run}): the customers of
     * a segment are summed within a draw, so percentiles over draws are the segment total's interval, not a sum of
     * per-customer percentiles. Index [segment][draw]; the point totals at the estimate per segment.
     */
    record SegmentDraws(int draws, double[][] purchases, double[][] spend, double[][] clv, double[] pointPurchases,
                        double[] pointSpend, double[] pointClv) { }

    /**
     * @param segmentOf each customer's segment, 0 .. segments - 1
     * @return null with a warning added, as {@link #run} does
     */
    static SegmentDraws segmentDraws(PurchaseModelFit fit, List<CustomerRfmSummary> customers,
                                     double[] spendPerPurchase, int[] segmentOf, int segments, int months,
                                     double monthlyDiscountRate, ClvTimeUnit unit, int draws, long seed,
                                     Progress progress, List<String> warnings) {
        Evaluation e = evaluate(fit, customers, spendPerPurchase, segmentOf, segments, months, monthlyDiscountRate,
                unit, draws, seed, false, progress, warnings);
        return e == null ? null : e.totals;
    }

    /** The 5% and 95% points of a segment's per-draw totals. */
    static double[] range(double[] perDraw) {
        return new double[]{quantile(perDraw, lowP()), quantile(perDraw, highP())};
    }

    private record Evaluation(BootstrapGroups groups, double[][] bounds, SegmentDraws totals) { }

    private static Evaluation evaluate(PurchaseModelFit fit, List<CustomerRfmSummary> customers,
                                       double[] spendPerPurchase, int[] segmentOf, int segments, int months,
                                       double monthlyDiscountRate, ClvTimeUnit unit, int draws, long seed,
                                       boolean perCustomer, Progress progress, List<String> warnings) {
        if (draws <= 0) {
            return null;
        }
        if (fit.logCovariance() == null) {
            warnings.add("no intervals: the " + fit.model() + " likelihood is flat at the estimate, so its parameter "
                    + "uncertainty is unknown");
            return null;
        }
        BootstrapGroups groups = BootstrapGroups.of(customers, spendPerPurchase, segmentOf, segments);
        int g = groups.histories.length;
        long perDraw = (long) g * (months + 1);  // months expectations and P(alive)
        int used = (int) Math.min(draws, EVALUATION_BUDGET / Math.max(1, perDraw));
        if (used < MIN_DRAWS) {
            warnings.add(String.format(java.util.Locale.ROOT, "no intervals: %,d distinct purchase histories are too "
                    + "many to bootstrap in reasonable time", g));
            return null;
        }
        if (used < draws) {
            warnings.add("intervals use " + used + " parameter draws instead of " + draws + " to keep the run short");
        }
        PurchaseModel[] models = draw(fit, used, seed);
        double[][] bounds = perCustomer ? new double[g][] : null;
        double[][] totalPurchases = new double[segments][used];
        double[][] totalSpend = new double[segments][used];
        double[][] totalClv = new double[segments][used];
        double[] pointPurchasesBy = new double[segments];
        double[] pointSpendBy = new double[segments];
        double[] pointClvBy = new double[segments];
        double[] purchases = new double[used];
        double[] alive = new double[used];
        double[] discounted = new double[used];
        double horizon = months * unit.perMonth();
        PurchaseModel point = fit.fitted();
        for (int k = 0; k < g; k++) {
            if ((k & 63) == 0) {
                progress.checkCancelled();
                progress.update((double) k / g, "lifetime value intervals");
            }
            double[] h = groups.histories[k];
            double pointPurchases = point.conditionalExpectedPurchases(horizon, h[0], h[1], h[2]);
            double pointDiscounted = ClvCalculator.discountedPurchases(point, h[0], h[1], h[2], months,
                    monthlyDiscountRate, unit);
            for (int e = groups.start[k]; e < groups.start[k + 1]; e++) {
                int seg = groups.segment[e];
                pointPurchasesBy[seg] += groups.count[e] * pointPurchases;
                pointSpendBy[seg] += groups.spend[e] * pointPurchases;
                pointClvBy[seg] += groups.spend[e] * pointDiscounted;
            }
            for (int d = 0; d < used; d++) {
                alive[d] = perCustomer ? models[d].probabilityAlive(h[0], h[1], h[2]) : Double.NaN;
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
                for (int e = groups.start[k]; e < groups.start[k + 1]; e++) {
                    int seg = groups.segment[e];
                    totalPurchases[seg][d] += groups.count[e] * purchases[d];
                    totalSpend[seg][d] += groups.spend[e] * purchases[d];
                    totalClv[seg][d] += groups.spend[e] * discounted[d];
                }
            }
            if (perCustomer) {
                bounds[k] = new double[]{quantile(purchases, lowP()), quantile(purchases, highP()),
                        quantile(alive, lowP()), quantile(alive, highP()), quantile(discounted, lowP()),
                        quantile(discounted, highP())};
            }
        }
        progress.update(1, "lifetime value intervals");
        return new Evaluation(groups, bounds, new SegmentDraws(used, totalPurchases, totalSpend, totalClv,
                pointPurchasesBy, pointSpendBy, pointClvBy));
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
