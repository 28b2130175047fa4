package org.clientele.core.clv;

import org.clientele.core.UnusableDataException;
import org.clientele.core.UserInputException.Reason;
import org.clientele.core.task.Progress;

import java.util.List;

/**
 * Fits BG/NBD by maximum likelihood (FHL 2005, eq. 6 summed over customers). Customers with identical
 * (x, t_x, T) are pooled with a weight ({@link RfmPatterns}), which makes fits on day-level data of many
 * customers cheap.
 */
public final class BgNbdFitter {

    public static final int DEFAULT_STARTS = 5;

    private final int starts;
    private final long seed;

    public BgNbdFitter(int starts, long seed) {
        if (starts < 1) {
            throw new IllegalArgumentException("starts must be at least 1");
        }
        this.starts = starts;
        this.seed = seed;
    }

    public BgNbdFitter() {
        this(DEFAULT_STARTS, 42);
    }

    /** Parameters this large mean the maximum is at infinity, not an estimate. */
    private static final double RUNAWAY = 1e7;

    public BgNbdFit fit(List<CustomerRfmSummary> customers, ClvTimeUnit unit, Progress progress) {
        if (customers.isEmpty()) {
            throw new UnusableDataException(Reason.NO_DATA, "BG/NBD needs at least one customer",
                    "Give a purchase log with customers");
        }
        RfmPatterns patterns = RfmPatterns.of(customers);
        double sumX = 0;
        double sumT = 0;
        for (CustomerRfmSummary c : customers) {
            sumX += c.frequency();
            sumT += c.T();
        }
        if (sumX == 0) {
            throw new UnusableDataException(Reason.TOO_FEW_ROWS, "BG/NBD cannot be fitted: no customer made a repeat "
                    + "purchase", "Use a longer purchase history, in which some customers buy more than once");
        }
        // Start at r = 1 with alpha matching the pooled purchase rate, and a flat Beta(1, 1) dropout.
        double[] initial = {1, Math.max(1e-3, sumT / sumX), 1, 1};
        MaximumLikelihood.Estimate e = MaximumLikelihood.maximise(
                p -> patterns.bgNbdLogLikelihood(p[0], p[1], p[2], p[3]), initial, starts, seed, progress);
        double[] q = e.parameters();
        if (!(Math.max(Math.max(q[0], q[1]), Math.max(q[2], q[3])) < RUNAWAY)) {
            // The likelihood keeps rising towards the boundary: the data cannot tell how purchase rates and
            // dropout vary between customers (typically one or a handful of customers).
            throw new UnusableDataException(Reason.CANNOT_FIT, String.format(java.util.Locale.ROOT, "BG/NBD has no "
                    + "finite estimate on %d customer%s (the fit runs off to r = %.3g, alpha = %.3g, a = %.3g, b = %.3g)",
                    customers.size(), customers.size() == 1 ? "" : "s", q[0], q[1], q[2], q[3]),
                    "Use a purchase history with more customers, several of whom buy more than once");
        }
        double[] se = e.standardErrors();
        return new BgNbdFit(q[0], q[1], q[2], q[3], e.logLikelihood(),
                new BgNbdFit.ParameterErrors(se[0], se[1], se[2], se[3]), customers.size(),
                unit == null ? null : unit.label(), starts, seed);
    }

    /** The BG/NBD log-likelihood of a whole sample at the given parameters. */
    public static double logLikelihood(BgNbdModel model, List<CustomerRfmSummary> customers) {
        double total = 0;
        for (CustomerRfmSummary c : customers) {
            total += model.logLikelihood(c.frequency(), c.recency(), c.T());
        }
        return total;
    }
}
