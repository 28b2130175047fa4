package org.clientele.core.clv;

import org.clientele.core.UnusableDataException;
import org.clientele.core.UserInputException.Reason;
import org.clientele.core.task.Progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits BG/BB by maximum likelihood (Fader, Hardie &amp; Shang 2010, eq. 5 summed over customers). Customers
 * with the same (x, t_x, n) share one likelihood term weighted by their count, which is how the paper's
 * recency/frequency table is used and keeps fits on many customers cheap.
 */
public final class BgBbFitter {

    private static final double RUNAWAY = 1e7;

    private final int starts;
    private final long seed;

    public BgBbFitter(int starts, long seed) {
        if (starts < 1) {
            throw new IllegalArgumentException("starts must be at least 1");
        }
        this.starts = starts;
        this.seed = seed;
    }

    public BgBbFitter() {
        this(BgNbdFitter.DEFAULT_STARTS, 42);
    }

    /** One distinct history and how many customers have it. */
    public record Pattern(int x, int tx, int n, long count) { }

    public static List<Pattern> pool(List<DiscreteCustomer> customers) {
        Map<Long, long[]> counts = new HashMap<>();
        List<Pattern> order = new ArrayList<>();
        for (DiscreteCustomer c : customers) {
            long key = ((long) c.x() << 42) | ((long) c.tx() << 21) | c.n();
            counts.computeIfAbsent(key, k -> new long[1])[0]++;
        }
        counts.forEach((key, count) -> order.add(new Pattern((int) (key >>> 42), (int) ((key >>> 21) & 0x1FFFFF),
                (int) (key & 0x1FFFFF), count[0])));
        order.sort(java.util.Comparator.comparingInt(Pattern::x).thenComparingInt(Pattern::tx)
                .thenComparingInt(Pattern::n));
        return order;
    }

    public BgBbFit fit(List<DiscreteCustomer> customers, Progress progress) {
        return fitPatterns(pool(customers), progress);
    }

    /** Fits on pooled histories, e.g. a published recency/frequency table. */
    public BgBbFit fitPatterns(List<Pattern> patterns, Progress progress) {
        long total = patterns.stream().mapToLong(Pattern::count).sum();
        long transactions = patterns.stream().mapToLong(p -> p.x() * p.count()).sum();
        if (total == 0) {
            throw new UnusableDataException(Reason.NO_DATA, "BG/BB needs at least one customer",
                    "Give customers with their transaction opportunities");
        }
        if (transactions == 0) {
            throw new UnusableDataException(Reason.TOO_FEW_ROWS, "BG/BB cannot be fitted: no customer made a repeat "
                    + "transaction", "Use a longer history, in which some customers come back");
        }
        MaximumLikelihood.Estimate e = MaximumLikelihood.maximise(p -> logLikelihood(p, patterns),
                new double[]{1, 1, 1, 1}, starts, seed, progress);
        double[] q = e.parameters();
        if (!(Math.max(Math.max(q[0], q[1]), Math.max(q[2], q[3])) < RUNAWAY)) {
            throw new UnusableDataException(Reason.CANNOT_FIT, String.format(Locale.ROOT, "BG/BB has no finite "
                    + "estimate on %d customers (alpha = %.3g, beta = %.3g, gamma = %.3g, delta = %.3g)", total,
                    q[0], q[1], q[2], q[3]), "Use a history with more customers and more opportunities");
        }
        double[] se = e.standardErrors();
        ModelFitStatistics stats = ModelFitStatistics.of(e.logLikelihood(), 4, total);
        return new BgBbFit(q[0], q[1], q[2], q[3], new BgBbFit.ParameterErrors(se[0], se[1], se[2], se[3]),
                e.logLikelihood(), stats.aic(), stats.bic(), total, patterns.size(), starts, seed);
    }

    static double logLikelihood(double[] p, List<Pattern> patterns) {
        if (!(p[0] > 0 && p[1] > 0 && p[2] > 0 && p[3] > 0) || !Double.isFinite(p[0] + p[1] + p[2] + p[3])) {
            return Double.NaN;
        }
        BgBbModel model = new BgBbModel(p[0], p[1], p[2], p[3]);
        double total = 0;
        for (Pattern row : patterns) {
            total += row.count() * model.logLikelihood(row.x(), row.tx(), row.n());
        }
        return total;
    }
}
