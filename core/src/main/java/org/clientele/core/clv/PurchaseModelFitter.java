package org.clientele.core.clv;

import org.clientele.core.Setting;
import org.clientele.core.UnusableDataException;
import org.clientele.core.UserInputException.Reason;
import org.clientele.core.task.Progress;

import static org.apache.commons.math3.special.Gamma.logGamma;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Fits any {@link PurchaseModelKind} by maximum likelihood (multi-start Nelder–Mead on log-parameters, Hessian
 * standard errors) over pooled histories. BG/NBD goes through {@link BgNbdFitter} so its estimates stay exactly
 * those of the existing stage. A fit that cannot converge becomes a {@link ClvFitException} saying what to try.
 */
public final class PurchaseModelFitter {

    /**
     * An estimate this large means the likelihood maximum is at infinity: no finite estimate (the same bound as
     * {@link BgNbdFitter}). Estimates running to zero are kept: the predictions stay finite (e.g. no drop-out).
     */
    private static final double RUNAWAY = 1e7;
    /**
     * Pareto/NBD's 2F1 argument |alpha - beta| / (max + t_x) nears 1 as the two time scales part (A0 is then
     * integrated rather than summed, see {@link ParetoNbdModel#logA0ByQuadrature}); scales this far apart only
     * occur when the fit is running off, so the search treats them as infeasible and a maximum beyond
     * {@link #EDGE_SCALE_RATIO} counts as not converged. (A bound of 2e3 was tried: it let a fit with s running
     * to zero stop just inside the edge and count as converged.)
     */
    static final double MAX_SCALE_RATIO = 1e4;
    static final double EDGE_SCALE_RATIO = MAX_SCALE_RATIO / 10;

    private final int starts;
    private final long seed;

    public PurchaseModelFitter(int starts, long seed) {
        if (starts < 1) {
            throw new IllegalArgumentException("starts must be at least 1");
        }
        this.starts = starts;
        this.seed = seed;
    }

    /** @throws ClvFitException when there are no repeat purchases or the estimates run off to infinity */
    public PurchaseModelFit fit(PurchaseModelKind kind, List<CustomerRfmSummary> customers, Progress progress) {
        if (customers.isEmpty()) {
            throw new ClvFitException(Reason.NO_DATA, kind.id(), kind.label() + " needs at least one customer",
                    "Give a purchase log with customers");
        }
        PooledHistories h = PooledHistories.of(customers);
        if (h.totalRepeatPurchases == 0) {
            throw new ClvFitException(Reason.TOO_FEW_ROWS, kind.id(), String.format(Locale.ROOT, "%s cannot be fitted:"
                    + " none of the %,d customers made a repeat purchase, so nothing shows how often customers buy"
                    + " or when they stop", kind.label(), customers.size()), "Use a longer calibration period (or the"
                    + " whole history) so that some customers buy again", Setting.CALIBRATION_END);
        }
        double meanT = 0;
        for (CustomerRfmSummary c : customers) {
            meanT += c.T() / customers.size();
        }
        double rate = h.totalRepeatPurchases / customers.size() / Math.max(meanT, 1e-9);
        double[] estimate;
        double ll;
        PurchaseModel template;
        switch (kind) {
            case BGNBD -> {
                BgNbdFit f;
                try {
                    f = new BgNbdFitter(starts, seed).fit(customers, null, progress);
                } catch (UnusableDataException e) {
                    if (e.reason() != Reason.CANNOT_FIT) {
                        throw e;
                    }
                    throw runaway(kind, customers.size(), null);
                }
                template = f.model();
                estimate = template.parameters();
                ll = f.logLikelihood();
            }
            case PNBD, MBGNBD -> {
                ToDoubleFunction<double[]> total = kind == PurchaseModelKind.PNBD ? p -> paretoNbd(p, h) : p -> modifiedBgNbd(p, h);
                // Start at r = 1 with alpha matching the pooled purchase rate; dropout parameters neutral.
                double[] initial = kind == PurchaseModelKind.PNBD ? new double[]{1, 1 / rate, 1, meanT}
                        : new double[]{1, 1 / rate, 1, 1};
                MaximumLikelihood.Estimate e = MaximumLikelihood.maximise(total, initial, starts, seed, progress);
                estimate = e.parameters();
                ll = e.logLikelihood();
                template = kind == PurchaseModelKind.PNBD ? new ParetoNbdModel(1, 1, 1, 1) : new ModifiedBgNbdModel(1, 1, 1, 1);
            }
            default -> throw new IllegalStateException(kind.toString());
        }
        boolean atEdge = kind == PurchaseModelKind.PNBD
                && Math.max(estimate[1], estimate[3]) / Math.min(estimate[1], estimate[3]) > EDGE_SCALE_RATIO;
        for (double v : estimate) {
            if (!(v < RUNAWAY && v > 0) || !(ll > -1e299) || atEdge) {
                throw runaway(kind, customers.size(), template.withParameters(sane(estimate)));
            }
        }
        PurchaseModel model = template.withParameters(estimate);
        ToDoubleFunction<double[]> fast = switch (kind) {
            case BGNBD -> p -> bgNbd(p, h);
            case PNBD -> p -> paretoNbd(p, h);
            case MBGNBD -> p -> modifiedBgNbd(p, h);
        };
        double[][] covariance = MaximumLikelihood.logCovariance(fast, estimate);
        return PurchaseModelFit.of(model, ll, customers.size(), covariance);
    }

    private static ClvFitException runaway(PurchaseModelKind kind, int customers, PurchaseModel where) {
        StringBuilder at = new StringBuilder();
        if (where != null) {
            double[] p = where.parameters();
            for (int i = 0; i < p.length; i++) {
                at.append(i == 0 ? " (" : ", ").append(where.parameterNames().get(i)).append(" = ")
                        .append(String.format(Locale.ROOT, "%.3g", p[i]));
            }
            at.append(')');
        }
        return new ClvFitException(Reason.CANNOT_FIT, kind.id(), String.format(Locale.ROOT, "%s did not converge on"
                + " %,d customer%s: the likelihood keeps rising as the parameters run off to infinity%s,"
                + " so the data cannot tell how buying rates and drop-out differ between customers", kind.label(),
                customers, customers == 1 ? "" : "s", at), "Use a purchase history with more customers and more repeat"
                + " buyers (a longer calibration period), count time in weeks rather than days, or try another purchase"
                + " model (bgnbd, pnbd or mbgnbd)",
                Setting.CALIBRATION_END);
    }

    private static double[] sane(double[] p) {
        double[] q = p.clone();
        for (int i = 0; i < q.length; i++) {
            q[i] = Double.isFinite(q[i]) && q[i] > 0 ? q[i] : Double.MIN_NORMAL;
        }
        return q;
    }

    /** Whether the parameters lie in the region the fitter searches (finite, Pareto/NBD scales not too far apart). */
    static boolean feasible(PurchaseModel model) {
        for (double v : model.parameters()) {
            if (!(v > 0 && v < RUNAWAY)) {
                return false;
            }
        }
        return !(model instanceof ParetoNbdModel m)
                || Math.max(m.alpha(), m.beta()) / Math.min(m.alpha(), m.beta()) <= MAX_SCALE_RATIO;
    }

    /** BG/NBD sample log-likelihood (FHL 2005, eq. 6) over pooled rows, the log-gamma terms once per distinct x. */
    static double bgNbd(double[] p, PooledHistories h) {
        double r = p[0];
        double alpha = p[1];
        double a = p[2];
        double b = p[3];
        if (!(r > 0 && alpha > 0 && a > 0 && b > 0) || !Double.isFinite(r + alpha + a + b)) {
            return Double.NaN;
        }
        double constant = -logGamma(r) + r * Math.log(alpha) + logGamma(a + b) - logGamma(b);
        double logA = Math.log(a);
        double total = 0;
        double lastX = Double.NaN;
        double xTerm = 0;
        for (int i = 0; i < h.x.length; i++) {
            double x = h.x[i];
            if (x != lastX) {
                xTerm = logGamma(r + x) + logGamma(b + x) - logGamma(a + b + x);
                lastX = x;
            }
            double alive = -(r + x) * Math.log(alpha + h.T[i]);
            double ll = x <= 0 ? alive
                    : BgNbdModel.logSumExp(alive, logA - Math.log(b + x - 1) - (r + x) * Math.log(alpha + h.tx[i]));
            total += h.count[i] * (constant + xTerm + ll);
        }
        return total;
    }

    /**
     * Pareto/NBD sample log-likelihood over pooled rows: the same terms as {@link ParetoNbdModel#logLikelihood},
     * with log Gamma(r + x) once per distinct x and A0's two 2F1 series once per distinct (x, t_x) and (x, T)
     * pair rather than per row (with whole-day times a million customers have a few thousand such pairs).
     */
    static double paretoNbd(double[] p, PooledHistories h) {
        double r = p[0];
        double alpha = p[1];
        double s = p[2];
        double beta = p[3];
        if (!(r > 0 && alpha > 0 && s > 0 && beta > 0) || !Double.isFinite(r + alpha + s + beta)
                || Math.max(alpha, beta) / Math.min(alpha, beta) > MAX_SCALE_RATIO) {
            return Double.NaN;
        }
        double constant = -logGamma(r) + r * Math.log(alpha) + s * Math.log(beta);
        double logS = Math.log(s);
        double gap = Math.abs(alpha - beta);
        double top = Math.max(alpha, beta);
        try {
            int pairs = h.pairX.length;
            double[] alive = new double[pairs];
            double[] atT = new double[pairs];
            for (int k = 0; k < pairs; k++) {
                double x = h.pairX[k];
                double t = h.pairT[k];
                alive[k] = -(r + x) * Math.log(alpha + t) - s * Math.log(beta + t);
                // Near z = 1 the rows integrate A0 instead (a row's T term is needed only when its t_x term is).
                atT[k] = ParetoNbdModel.nearOne(gap, top, t) ? Double.NaN
                        : ParetoNbdModel.a0Term(r + s + x, alpha >= beta ? s + 1 : r + x, top, gap, t);
            }
            // Rows in fixed chunks (in parallel for many rows); each chunk restarts the per-x and per-(x, t_x) terms.
            return ChunkedSum.sum(h.x.length, (from, to) -> {
                double total = 0;
                double lastX = Double.NaN;
                double lastTx = Double.NaN;
                double xTerm = 0;
                double logMix = 0;
                double atTx = 0;
                for (int i = from; i < to; i++) {
                    double x = h.x[i];
                    if (x != lastX) {
                        xTerm = logGamma(r + x);
                        logMix = logS - Math.log(r + s + x);
                        lastX = x;
                        lastTx = Double.NaN;
                    }
                    boolean integrate = ParetoNbdModel.nearOne(gap, top, h.tx[i]);
                    if (h.tx[i] != lastTx) {
                        lastTx = h.tx[i];
                        atTx = integrate ? Double.NaN
                                : ParetoNbdModel.a0Term(r + s + x, alpha >= beta ? s + 1 : r + x, top, gap, lastTx);
                    }
                    int k = h.xTPair[i];
                    double logA0 = !(h.T[i] > lastTx) ? Double.NEGATIVE_INFINITY
                            : integrate ? ParetoNbdModel.logA0ByQuadrature(r, alpha, s, beta, x, lastTx, h.T[i])
                            : ParetoNbdModel.logA0(atTx, atT[k]);
                    total += h.count[i] * (constant + xTerm + BgNbdModel.logSumExp(alive[k], logMix + logA0));
                }
                return total;
            });
        } catch (ArithmeticException e) {
            return Double.NaN;
        }
    }

    /** MBG/NBD sample log-likelihood over pooled rows, the log-gamma terms once per distinct x. */
    static double modifiedBgNbd(double[] p, PooledHistories h) {
        double r = p[0];
        double alpha = p[1];
        double a = p[2];
        double b = p[3];
        if (!(r > 0 && alpha > 0 && a > 0 && b > 0) || !Double.isFinite(r + alpha + a + b)) {
            return Double.NaN;
        }
        double constant = -logGamma(r) + r * Math.log(alpha) + logGamma(a + b) - logGamma(b);
        double logA = Math.log(a);
        return ChunkedSum.sum(h.x.length, (from, to) -> {
            double total = 0;
            double lastX = Double.NaN;
            double xTerm = 0;
            double logBx = 0;
            for (int i = from; i < to; i++) {
                double x = h.x[i];
                if (x != lastX) {
                    xTerm = logGamma(r + x) + logGamma(b + x + 1) - logGamma(a + b + x + 1);
                    logBx = Math.log(b + x);
                    lastX = x;
                }
                double logAlphaT = Math.log(alpha + h.T[i]);
                double dropOdds = logA - logBx + (r + x) * (logAlphaT - Math.log(alpha + h.tx[i]));
                total += h.count[i] * (constant + xTerm - (r + x) * logAlphaT + ModifiedBgNbdModel.log1pExp(dropOdds));
            }
            return total;
        });
    }
}
