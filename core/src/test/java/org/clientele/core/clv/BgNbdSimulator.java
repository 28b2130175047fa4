package org.clientele.core.clv;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws customers from the BG/NBD and Gamma–Gamma generative stories (the same process as lifetimes'
 * {@code beta_geometric_nbd_model} generator): first purchase at time 0, Poisson repeat purchases at rate
 * lambda ~ Gamma(r, alpha), death with probability p ~ Beta(a, b) after each repeat purchase; purchase
 * values Gamma(p, nu) with nu ~ Gamma(q, gamma).
 */
final class BgNbdSimulator {

    private final RandomGenerator rng;
    private final GammaDistribution lambda;
    private final BetaDistribution dropout;
    private final GammaDistribution nu;
    private final double spendShape;

    BgNbdSimulator(double r, double alpha, double a, double b, double p, double q, double gamma, long seed) {
        rng = new Well19937c(seed);
        lambda = new GammaDistribution(rng, r, 1 / alpha);
        dropout = new BetaDistribution(rng, a, b);
        nu = new GammaDistribution(rng, q, 1 / gamma);
        spendShape = p;
    }

    /** Purchase times in (0, horizon] after a first purchase at 0, with a value for every purchase. */
    record History(double[] times, double[] values) { }

    History customer(double horizon) {
        double rate = lambda.sample();
        double pDie = dropout.sample();
        double scale = 1 / nu.sample();
        List<Double> times = new ArrayList<>();
        times.add(0.0);
        double t = 0;
        while (true) {
            t += -Math.log(1 - rng.nextDouble()) / rate;
            if (t > horizon) {
                break;
            }
            times.add(t);
            if (rng.nextDouble() < pDie) {
                break;
            }
        }
        GammaDistribution spend = new GammaDistribution(rng, spendShape, scale);
        double[] values = new double[times.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = spend.sample();
        }
        return new History(times.stream().mapToDouble(Double::doubleValue).toArray(), values);
    }

    /** Continuous-time summaries observed for T units each. */
    List<CustomerRfmSummary> summaries(int customers, double T) {
        List<CustomerRfmSummary> out = new ArrayList<>(customers);
        for (int i = 0; i < customers; i++) {
            History h = customer(T);
            int x = h.times().length - 1;
            double mean = 0;
            for (int k = 1; k <= x; k++) {
                mean += h.values()[k] / x;
            }
            out.add(new CustomerRfmSummary("c" + i, x, h.times()[x], T, x > 0 ? mean : Double.NaN));
        }
        return out;
    }

    /**
     * Purchases with times in days: customers' first purchases spread uniformly over the first
     * {@code acquisitionDays} days after {@code start}, each followed for up to {@code totalDays}.
     */
    List<Purchase> purchases(int customers, LocalDate start, int acquisitionDays, int totalDays) {
        List<Purchase> out = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            double firstDay = rng.nextInt(acquisitionDays);
            History h = customer(totalDays - firstDay);
            for (int k = 0; k < h.times().length; k++) {
                long minutes = Math.round((firstDay + h.times()[k]) * 24 * 60);
                out.add(new Purchase("c" + i, start.atStartOfDay().plusMinutes(minutes), h.values()[k]));
            }
        }
        return out;
    }
}
