package org.clientele.core.clv;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.apache.commons.math3.special.Gamma.logGamma;

/**
 * Customer histories pooled into distinct (x, t_x, T) patterns with counts, stored as flat arrays with each
 * pattern's t_x and T as an index into their distinct values, so the BG/NBD log-likelihood takes one
 * log(alpha + t) per distinct time and one exp + log per pattern: with day-level times a million customers
 * collapse to about a hundred thousand patterns over a few hundred distinct times.
 */
final class RfmPatterns {

    final int size;
    final double[] x;
    final double[] count;
    final int[] txIndex;
    final int[] tIndex;
    final double[] times;
    private final double[] logAlphaPlus;

    private record Key(double x, double tx, double t) { }

    private RfmPatterns(double[] x, double[] count, int[] txIndex, int[] tIndex, double[] times) {
        this.size = x.length;
        this.x = x;
        this.count = count;
        this.txIndex = txIndex;
        this.tIndex = tIndex;
        this.times = times;
        this.logAlphaPlus = new double[times.length];
    }

    static RfmPatterns of(List<CustomerRfmSummary> customers) {
        Map<Key, long[]> counts = new HashMap<>();
        for (CustomerRfmSummary c : customers) {
            counts.computeIfAbsent(new Key(c.frequency(), c.recency(), c.T()), k -> new long[1])[0]++;
        }
        Key[] keys = counts.keySet().toArray(Key[]::new);
        // sorted by x so that the terms depending only on x change rarely along the loop
        Arrays.sort(keys, (p, q) -> p.x() != q.x() ? Double.compare(p.x(), q.x())
                : p.t() != q.t() ? Double.compare(p.t(), q.t()) : Double.compare(p.tx(), q.tx()));
        double[] times = Arrays.stream(keys).flatMapToDouble(k -> java.util.stream.DoubleStream.of(k.tx(), k.t()))
                .distinct().sorted().toArray();
        double[] x = new double[keys.length];
        double[] count = new double[keys.length];
        int[] txIndex = new int[keys.length];
        int[] tIndex = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            x[i] = keys[i].x();
            count[i] = counts.get(keys[i])[0];
            txIndex[i] = Arrays.binarySearch(times, keys[i].tx());
            tIndex[i] = Arrays.binarySearch(times, keys[i].t());
        }
        return new RfmPatterns(x, count, txIndex, tIndex, times);
    }

    /** A per-customer log-likelihood of (x, t_x, T). */
    interface PatternLikelihood {
        double logLikelihood(double x, double tx, double t);
    }

    /** The sum over customers of any model's log-likelihood, one evaluation per pattern. */
    double sum(PatternLikelihood f) {
        return ChunkedSum.sum(size, (from, to) -> {
            double total = 0;
            for (int i = from; i < to; i++) {
                total += count[i] * f.logLikelihood(x[i], times[txIndex[i]], times[tIndex[i]]);
            }
            return total;
        });
    }

    /**
     * The BG/NBD log-likelihood (FHL 2005, eq. 6) summed over the patterns; the same value as
     * summing {@link BgNbdModel#logLikelihood} over the customers. Not thread-safe (a scratch array per
     * instance), though the sum itself is split over threads.
     */
    double bgNbdLogLikelihood(double r, double alpha, double a, double b) {
        if (!(r > 0 && alpha > 0 && a > 0 && b > 0) || !Double.isFinite(r + alpha + a + b)) {
            return Double.NaN;
        }
        for (int i = 0; i < times.length; i++) {
            logAlphaPlus[i] = Math.log(alpha + times[i]);
        }
        double constant = -logGamma(r) + r * Math.log(alpha) + logGamma(a + b) - logGamma(b);
        double logA = Math.log(a);
        return ChunkedSum.sum(size, (from, to) -> {
            double total = 0;
            double lastX = Double.NaN;
            double xTerms = 0;
            double logDrop = 0;
            for (int i = from; i < to; i++) {
                double xi = x[i];
                if (xi != lastX) {
                    xTerms = constant + logGamma(r + xi) + logGamma(b + xi) - logGamma(a + b + xi);
                    logDrop = xi > 0 ? logA - Math.log(b + xi - 1) : 0;
                    lastX = xi;
                }
                double a3 = -(r + xi) * logAlphaPlus[tIndex[i]];
                double ll;
                if (xi <= 0) {
                    ll = a3;
                } else {
                    double a4 = logDrop - (r + xi) * logAlphaPlus[txIndex[i]];
                    ll = a3 > a4 ? a3 + Math.log1p(Math.exp(a4 - a3)) : a4 + Math.log1p(Math.exp(a3 - a4));
                }
                total += count[i] * (xTerms + ll);
            }
            return total;
        });
    }
}
