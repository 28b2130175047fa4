package org.clientele.sample;

/**
 * A small, fully specified pseudo-random source, so that a seed gives the same data on every JDK
 * (the JDK's own Gaussian and bounded-int algorithms are implementation details that may change).
 * Not thread-safe; one instance per generator run.
 */
public final class SeededRandom {

    // SplitMix64: Steele, Lea & Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014.
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;
    private double spareGaussian;
    private boolean hasSpareGaussian;

    public SeededRandom(long seed) {
        this.state = seed;
    }

    /** A generator for an independent stream derived from this seed and a label, e.g. per table part. */
    public static SeededRandom derived(long seed, long stream) {
        return new SeededRandom(mix(seed ^ mix(stream + GOLDEN_GAMMA)));
    }

    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1) with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound), by rejection so that no value is favoured. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long limit = (1L << 31) - ((1L << 31) % bound);
        while (true) {
            long r = nextLong() >>> 33;
            if (r < limit) {
                return (int) (r % bound);
            }
        }
    }

    public boolean chance(double probability) {
        return nextDouble() < probability;
    }

    /** Standard normal by Marsaglia's polar method (Marsaglia & Bray 1964). */
    public double nextGaussian() {
        if (hasSpareGaussian) {
            hasSpareGaussian = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double factor = Math.sqrt(-2 * Math.log(s) / s);
        spareGaussian = v * factor;
        hasSpareGaussian = true;
        return u * factor;
    }

    public double normal(double mean, double sd) {
        return mean + sd * nextGaussian();
    }

    /** Log-normal with the given median and log-scale spread sigma. */
    public double logNormal(double median, double sigma) {
        return median * Math.exp(sigma * nextGaussian());
    }

    public double exponential(double mean) {
        return -mean * Math.log(1 - nextDouble());
    }

    /**
     * Poisson count: Knuth's product method for small means, a rounded normal approximation for
     * large ones (where the difference is invisible in generated data).
     */
    public int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 40) {
            return (int) Math.max(0, Math.round(normal(mean, Math.sqrt(mean))));
        }
        double limit = Math.exp(-mean);
        double product = nextDouble();
        int k = 0;
        while (product > limit) {
            product *= nextDouble();
            k++;
        }
        return k;
    }
}
