package org.clientele.core.predict;

import java.util.Arrays;

/** Small descriptive statistics used across the package; NaN inputs are the caller's business. */
final class Stats {

    private Stats() {
    }

    static double mean(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return a.length == 0 ? Double.NaN : s / a.length;
    }

    /** Population variance (divides by n), as numpy's default. */
    static double variance(double[] a) {
        double m = mean(a);
        double s = 0;
        for (double v : a) {
            s += (v - m) * (v - m);
        }
        return a.length == 0 ? Double.NaN : s / a.length;
    }

    static double std(double[] a) {
        return Math.sqrt(variance(a));
    }

    /** Fisher–Pearson skewness g1 = m3 / m2^1.5 (scipy.stats.skew with bias=True). */
    static double skewness(double[] a) {
        double m = mean(a);
        double m2 = 0;
        double m3 = 0;
        for (double v : a) {
            double d = v - m;
            m2 += d * d;
            m3 += d * d * d;
        }
        m2 /= a.length;
        m3 /= a.length;
        return m2 == 0 ? 0 : m3 / Math.pow(m2, 1.5);
    }

    static double pearson(double[] a, double[] b) {
        double ma = mean(a);
        double mb = mean(b);
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            double da = a[i] - ma;
            double db = b[i] - mb;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        return saa == 0 || sbb == 0 ? 0 : sab / Math.sqrt(saa * sbb);
    }

    /** Spearman's ρ: Pearson correlation of the ranks, ties given their average rank. */
    static double spearman(double[] a, double[] b) {
        return pearson(ranks(a), ranks(b));
    }

    static double[] ranks(double[] a) {
        Integer[] order = new Integer[a.length];
        for (int i = 0; i < a.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(a[i], a[j]));
        double[] r = new double[a.length];
        int i = 0;
        while (i < a.length) {
            int j = i;
            while (j + 1 < a.length && a[order[j + 1]] == a[order[i]]) {
                j++;
            }
            double avg = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                r[order[k]] = avg;
            }
            i = j + 1;
        }
        return r;
    }

    /** The q-quantile (0..1) with linear interpolation between order statistics (numpy's default). */
    static double quantile(double[] a, double q) {
        double[] s = a.clone();
        Arrays.sort(s);
        if (s.length == 0) {
            return Double.NaN;
        }
        double pos = q * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(s.length - 1, lo + 1);
        return s[lo] + (pos - lo) * (s[hi] - s[lo]);
    }
}
