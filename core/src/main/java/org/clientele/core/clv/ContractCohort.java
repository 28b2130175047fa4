package org.clientele.core.clv;

import java.util.Arrays;
import java.util.List;

/**
 * Contract durations pooled by period: {@code churned[t]} customers left in period t (T = t) and
 * {@code active[t]} were still customers after t periods when observation stopped (T &gt; t, right-censored).
 * A cohort survivor curve is the special case where everyone still alive is censored at the last period.
 */
public final class ContractCohort {

    private final long[] churned;
    private final long[] active;

    private ContractCohort(long[] churned, long[] active) {
        this.churned = churned;
        this.active = active;
    }

    /**
     * @param survivors customers still alive at period 0, 1, ..., n (survivors[0] = cohort size), non-increasing
     * @throws IllegalArgumentException when the curve rises, is negative or has fewer than two points
     */
    public static ContractCohort fromSurvivors(long[] survivors) {
        if (survivors.length < 2) {
            throw new IllegalArgumentException("a survivor curve needs at least periods 0 and 1");
        }
        long[] churned = new long[survivors.length];
        long[] active = new long[survivors.length];
        for (int t = 1; t < survivors.length; t++) {
            if (survivors[t] < 0 || survivors[t] > survivors[t - 1]) {
                throw new IllegalArgumentException("survivors must not rise or be negative: period " + t + " has "
                        + survivors[t] + " after " + survivors[t - 1]);
            }
            churned[t] = survivors[t - 1] - survivors[t];
        }
        active[survivors.length - 1] = survivors[survivors.length - 1];
        return new ContractCohort(churned, active);
    }

    /** Pools customers; {@code tenure} is the periods observed, {@code churned} whether they left in the last. */
    public static ContractCohort fromCustomers(List<ContractCustomer> customers) {
        int max = customers.stream().mapToInt(ContractCustomer::tenure).max().orElse(0);
        long[] churned = new long[max + 1];
        long[] active = new long[max + 1];
        for (ContractCustomer c : customers) {
            if (c.churned()) {
                churned[c.tenure()]++;
            } else {
                active[c.tenure()]++;
            }
        }
        return new ContractCohort(churned, active);
    }

    /** The last period with data. */
    public int periods() {
        return churned.length - 1;
    }

    public long churnedIn(int t) {
        return churned[t];
    }

    public long activeAfter(int t) {
        return active[t];
    }

    public long customers() {
        return Arrays.stream(churned).sum() + Arrays.stream(active).sum();
    }

    public long churnedTotal() {
        return Arrays.stream(churned).sum();
    }

    /**
     * The Kaplan–Meier survival estimate at periods 0..n (Kaplan &amp; Meier 1958): with censoring only at
     * the last period (a survivor curve) it is the observed share still alive.
     */
    public double[] observedSurvival() {
        double[] s = new double[churned.length];
        s[0] = 1;
        long atRisk = customers() - active[0];
        for (int t = 1; t < s.length; t++) {
            s[t] = atRisk > 0 ? s[t - 1] * (1 - (double) churned[t] / atRisk) : s[t - 1];
            atRisk -= churned[t] + active[t];
        }
        return s;
    }

    /** sBG log-likelihood: sum of churned[t] log P(T = t) + active[t] log S(t) (F&amp;H 2007, eq. 5 generalised). */
    public double logLikelihood(ShiftedBetaGeometricModel model) {
        double total = 0;
        double logS = 0;
        for (int t = 1; t < churned.length; t++) {
            double r = model.retentionRate(t);
            if (churned[t] > 0) {
                total += churned[t] * (logS + Math.log1p(-r));
            }
            logS += Math.log(r);
            if (active[t] > 0) {
                total += active[t] * logS;
            }
        }
        return total;
    }
}
