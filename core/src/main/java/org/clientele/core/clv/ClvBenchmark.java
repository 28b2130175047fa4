package org.clientele.core.clv;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.clientele.core.stats.GammaSampler;
import org.clientele.core.task.Progress;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

/**
 * Times purchase-model (BG/NBD, Pareto/NBD or MBG/NBD) + Gamma–Gamma fitting on a seeded synthetic customer base
 * of any size: customers drawn from
 * the BG/NBD and Gamma–Gamma stories at the CDNOW estimates (Fader, Hardie &amp; Lee 2005), first purchases
 * spread over 12 weeks, observed to week 39, times recorded in whole days and measured in weeks, as a daily
 * purchase log would give them.
 */
public final class ClvBenchmark {

    /** The CDNOW estimates the customers are drawn from. */
    public static final double R = 0.243;
    public static final double ALPHA = 4.414;
    public static final double A = 0.793;
    public static final double B = 2.426;
    public static final double P = 6.25;
    public static final double Q = 3.74;
    public static final double GAMMA = 15.44;

    private ClvBenchmark() {
    }

    /**
     * What one run took: seconds per stage, the heap's peak and the fits (to compare with the truth).
     *
     * @param purchaseModel the purchase model's fit; for BG/NBD, {@code bgnbd} has the same estimates (else null)
     */
    public record Result(int customers, int repeatBuyers, double simulateSeconds, double purchaseModelSeconds,
                         double gammaGammaSeconds, double fitCpuSeconds, long peakHeapBytes,
                         PurchaseModelFit purchaseModel, BgNbdFit bgnbd, GammaGammaFit gammaGamma) {

        public double fitSeconds() {
            return purchaseModelSeconds + gammaGammaSeconds;
        }
    }

    /** BG/NBD + Gamma–Gamma. */
    public static Result run(int customers, long seed, int starts) {
        return run(customers, seed, starts, PurchaseModelKind.BGNBD);
    }

    /**
     * {@code kind} + Gamma–Gamma. The customers are always drawn from the BG/NBD story, so the Pareto/NBD and
     * MBG/NBD estimates have no truth to compare with; what is measured is the work of fitting them.
     */
    public static Result run(int customers, long seed, int starts, PurchaseModelKind kind) {
        resetPeaks();
        long t0 = System.nanoTime();
        List<CustomerRfmSummary> base = simulate(customers, seed);
        long t1 = System.nanoTime();
        long c1 = processCpuNanos();
        BgNbdFit bg = null;
        PurchaseModelFit fit;
        if (kind == PurchaseModelKind.BGNBD) {
            // The BG/NBD fitter itself, as the clv stage has always timed it (standard errors included).
            bg = new BgNbdFitter(starts, seed).fit(base, ClvTimeUnit.WEEK, Progress.NONE);
            fit = PurchaseModelFit.of(bg.model(), bg.logLikelihood(), customers, null);
        } else {
            fit = new PurchaseModelFitter(starts, seed).fit(kind, base, Progress.NONE);
        }
        long t2 = System.nanoTime();
        GammaGammaFit gg = new GammaGammaFitter(starts, seed).fit(base, Progress.NONE);
        long t3 = System.nanoTime();
        long c3 = processCpuNanos();
        int repeat = (int) base.stream().filter(CustomerRfmSummary::hasRepeatPurchases).count();
        return new Result(customers, repeat, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9,
                (c3 - c1) / 1e9, peakHeap(), fit, bg, gg);
    }

    /** Seeded customers as described on the class. */
    public static List<CustomerRfmSummary> simulate(int customers, long seed) {
        RandomGenerator rng = new Well19937c(seed);
        GammaDistribution lambda = new GammaDistribution(rng, R, 1 / ALPHA);
        BetaDistribution dropout = new BetaDistribution(rng, A, B);
        GammaDistribution nu = new GammaDistribution(rng, Q, 1 / GAMMA);
        List<CustomerRfmSummary> out = new ArrayList<>(customers);
        int endDay = 39 * 7;
        for (int i = 0; i < customers; i++) {
            int firstDay = rng.nextInt(12 * 7);
            double horizon = (endDay - firstDay) / 7.0;
            double rate = lambda.sample();
            double pDie = dropout.sample();
            double scale = 1 / nu.sample();
            double t = 0;
            int x = 0;
            double lastDay = 0;
            double spend = 0;
            while (true) {
                t += -Math.log(1 - rng.nextDouble()) / rate;
                if (t > horizon) {
                    break;
                }
                x++;
                lastDay = Math.floor(t * 7);
                spend += GammaSampler.draw(P, rng::nextDouble, rng::nextGaussian) * scale;
                if (rng.nextDouble() < pDie) {
                    break;
                }
            }
            out.add(new CustomerRfmSummary(Integer.toString(i), x, x == 0 ? 0 : lastDay / 7.0, horizon,
                    x == 0 ? Double.NaN : spend / x));
        }
        return out;
    }

    /** CPU time of the whole process (every thread), which a busy machine does not inflate as it does wall time. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the reset: an upper bound on the live heap at any moment. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
