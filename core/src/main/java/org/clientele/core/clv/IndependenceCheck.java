package org.clientele.core.clv;

import java.util.List;

/**
 * Gamma–Gamma assumes that how much a customer spends per purchase is independent of how often they buy;
 * the usual check (Fader &amp; Hardie 2013) is the Pearson correlation between frequency and mean repeat
 * spend over repeat buyers. {@code warning} is set when |r| &gt; {@value #NOTABLE}.
 */
public record IndependenceCheck(double pearson, int customers, String warning) {

    public static final double NOTABLE = 0.3;

    public static IndependenceCheck of(List<CustomerRfmSummary> customers) {
        List<CustomerRfmSummary> used = GammaGammaFitter.eligible(customers);
        double[] x = used.stream().mapToDouble(CustomerRfmSummary::frequency).toArray();
        double[] m = used.stream().mapToDouble(CustomerRfmSummary::monetaryValue).toArray();
        double r = HoldoutMetrics.pearson(x, m);
        String warning = null;
        if (Double.isNaN(r)) {
            warning = "frequency and spend correlation is undefined (too few or constant values)";
        } else if (Math.abs(r) > NOTABLE) {
            warning = String.format(java.util.Locale.ROOT,
                    "frequency and mean spend are correlated (Pearson r = %.2f over %d repeat buyers): Gamma-Gamma"
                            + " assumes they are independent, so expected spend and CLV may be biased", r, used.size());
        }
        return new IndependenceCheck(r, used.size(), warning);
    }
}
