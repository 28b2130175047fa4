package org.clientele.core.clv;

import org.clientele.core.task.Progress;

import java.util.ArrayList;
import java.util.List;

/** Fits Gamma–Gamma by maximum likelihood on customers with frequency &gt; 0 and a positive mean spend. */
public final class GammaGammaFitter {

    private final int starts;
    private final long seed;

    public GammaGammaFitter(int starts, long seed) {
        if (starts < 1) {
            throw new IllegalArgumentException("starts must be at least 1");
        }
        this.starts = starts;
        this.seed = seed;
    }

    public GammaGammaFitter() {
        this(BgNbdFitter.DEFAULT_STARTS, 42);
    }

    /** The customers the model is fitted on: repeat buyers with a finite, positive mean repeat spend. */
    public static List<CustomerRfmSummary> eligible(List<CustomerRfmSummary> customers) {
        List<CustomerRfmSummary> out = new ArrayList<>();
        for (CustomerRfmSummary c : customers) {
            if (c.frequency() > 0 && Double.isFinite(c.monetaryValue()) && c.monetaryValue() > 0) {
                out.add(c);
            }
        }
        return out;
    }

    /** @throws IllegalArgumentException when fewer than two customers have repeat purchases with spend */
    public GammaGammaFit fit(List<CustomerRfmSummary> customers, Progress progress) {
        List<CustomerRfmSummary> used = eligible(customers);
        if (used.size() < 2) {
            throw new IllegalArgumentException("Gamma-Gamma needs at least two customers with repeat purchases and"
                    + " positive spend; found " + used.size());
        }
        double mean = 0;
        for (CustomerRfmSummary c : used) {
            mean += c.monetaryValue() / used.size();
        }
        SpendPatterns patterns = SpendPatterns.of(used);
        // Start where the population mean p gamma / (q - 1) matches the sample mean (p = 1, q = 2).
        double[] initial = {1, 2, mean};
        MaximumLikelihood.Estimate e = MaximumLikelihood.maximise(par -> patterns.logLikelihood(par[0], par[1], par[2]),
                initial, starts, seed, progress);
        double[] q = e.parameters();
        double[] se = e.standardErrors();
        GammaGammaModel model = new GammaGammaModel(q[0], q[1], q[2]);
        return new GammaGammaFit(q[0], q[1], q[2], e.logLikelihood(),
                new GammaGammaFit.ParameterErrors(se[0], se[1], se[2]), used.size(), model.populationMeanSpend(),
                starts, seed);
    }
}
