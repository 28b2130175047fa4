package org.clientele.core.clv;

import java.util.Arrays;
import java.util.List;

import static org.apache.commons.math3.special.Gamma.logGamma;

/**
 * Repeat buyers' (x, mean spend) sorted by x, with the sums that do not depend on the parameters taken once
 * per x, so the Gamma–Gamma log-likelihood costs one log per customer and a few log-gammas per distinct x.
 */
final class SpendPatterns {

    private final double[] xOfGroup;
    private final int[] groupStart;
    private final double[] sumLogMean;
    private final double[] total;

    private SpendPatterns(double[] xOfGroup, int[] groupStart, double[] sumLogMean, double[] total) {
        this.xOfGroup = xOfGroup;
        this.groupStart = groupStart;
        this.sumLogMean = sumLogMean;
        this.total = total;
    }

    /** @param customers repeat buyers with a positive mean spend ({@link GammaGammaFitter#eligible}) */
    static SpendPatterns of(List<CustomerRfmSummary> customers) {
        double[][] xm = new double[customers.size()][];
        for (int i = 0; i < xm.length; i++) {
            xm[i] = new double[]{customers.get(i).frequency(), customers.get(i).monetaryValue()};
        }
        Arrays.sort(xm, (p, q) -> Double.compare(p[0], q[0]));
        int groups = 0;
        for (int i = 0; i < xm.length; i++) {
            if (i == 0 || xm[i][0] != xm[i - 1][0]) {
                groups++;
            }
        }
        double[] xOfGroup = new double[groups];
        int[] start = new int[groups + 1];
        double[] sumLog = new double[groups];
        double[] total = new double[xm.length];
        int g = -1;
        for (int i = 0; i < xm.length; i++) {
            if (i == 0 || xm[i][0] != xm[i - 1][0]) {
                g++;
                xOfGroup[g] = xm[i][0];
                start[g] = i;
            }
            sumLog[g] += Math.log(xm[i][1]);
            total[i] = xm[i][0] * xm[i][1];
        }
        start[groups] = xm.length;
        return new SpendPatterns(xOfGroup, start, sumLog, total);
    }

    /**
     * Sum over customers of the Gamma–Gamma log-likelihood (Fader &amp; Hardie 2013, eq. 3), grouped:
     * per x, n_x [logG(px+q) - logG(px) - logG(q) + q log gamma + px log x] + (px - 1) sum log m
     * - (px + q) sum log(gamma + x m).
     */
    double logLikelihood(double p, double q, double gamma) {
        if (!(p > 0 && q > 0 && gamma > 0) || !Double.isFinite(p + q + gamma)) {
            return Double.NaN;
        }
        double out = 0;
        double logGammaQ = logGamma(q);
        double logScale = Math.log(gamma);
        for (int g = 0; g < xOfGroup.length; g++) {
            double x = xOfGroup[g];
            double px = p * x;
            int from = groupStart[g];
            int n = groupStart[g + 1] - from;
            double sumLog = ChunkedSum.sum(n, (a, b) -> {
                double s = 0;
                for (int i = from + a; i < from + b; i++) {
                    s += Math.log(gamma + total[i]);
                }
                return s;
            });
            out += n * (logGamma(px + q) - logGamma(px) - logGammaQ + q * logScale + px * Math.log(x))
                    + (px - 1) * sumLogMean[g] - (px + q) * sumLog;
        }
        return out;
    }
}
