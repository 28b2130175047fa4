package org.clientele.core.clv;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The plain-words forms of a covariate fit: the likelihood-ratio sentence and a coefficient's multiplier. */
class CovariateSentenceTest {

    private static CovariateModelFit fit(String model, double full, double restricted, int df) {
        return new CovariateModelFit(model, Map.of(), Map.of(), List.of(), full, restricted,
                LikelihoodRatio.of(full, restricted, df), 0, 0, 100);
    }

    @Test
    void aClearEffectChangesTheRatesWithTheChiSquaredPValue() {
        // 2 (−100 − (−106.15)) = 12.3 on 4 df: P(chi2_4 > 12.3) = 0.01524
        assertEquals("Country changes buying and dropout rates (BG/NBD): LR 12.3 on 4 df, p = 0.015.",
                fit("bgnbd", -100, -106.15, 4).likelihoodRatioSentence(List.of("Country")));
    }

    @Test
    void noClearEffectAndSeveralColumnsAndTinyPValues() {
        // 2 × 1.5 = 3 on 2 df: p = exp(−1.5) = 0.2231
        assertEquals("Country and Channel show no clear effect on spend per purchase (Gamma–Gamma): LR 3.0 on 2 df,"
                + " p = 0.22.", fit("gammaGamma", -50, -51.5, 2).likelihoodRatioSentence(List.of("Country", "Channel")));
        assertEquals("Country changes buying and dropout rates (Pareto/NBD): LR 60.0 on 3 df, p < 0.001.",
                fit("pnbd", -10, -40, 3).likelihoodRatioSentence(List.of("Country")));
    }

    @Test
    void theMultiplierInWords() {
        CovariateCoefficient c = CovariateCoefficient.of("alpha", "Country=Germany", "mean purchase rate",
                Math.log(1.35), 0.1, false);
        assertEquals("multiplies the mean purchase rate by 1.35", c.inWords());
        assertEquals("multiplies a (dropout shape) by 0.500", CovariateCoefficient.of("a", "Country=France",
                "a (dropout shape)", Math.log(0.5), 0.2, false).inWords());
    }
}
