package org.clientele.app.ui.clv;

import org.clientele.core.clv.CovariateCoefficient;
import org.clientele.core.clv.CovariateDesign;
import org.clientele.core.clv.CovariateModelFit;
import org.clientele.core.clv.CovariateReport;
import org.clientele.core.clv.LikelihoodRatio;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The covariate table's rows and sentences from a report, and the one-line failure message. */
class CovariateTablesTest {

    private static CovariateCoefficient coefficient(String parameter, String effect, double multiplier) {
        return new CovariateCoefficient(parameter, "Country=Germany", effect, Math.log(multiplier), 0.1,
                Math.log(multiplier) / 0.1, 0.01, multiplier);
    }

    @Test
    void rowsPurchaseModelFirstThenSpendWithTheTestsAndNotes() {
        CovariateModelFit bgnbd = new CovariateModelFit("bgnbd", Map.of(), Map.of(),
                List.of(coefficient("alpha", "mean purchase rate", 2)), -100, -106.15,
                LikelihoodRatio.of(-100, -106.15, 4), 0, 0, 100);
        CovariateModelFit gg = new CovariateModelFit("gammaGamma", Map.of(), Map.of(),
                List.of(coefficient("gamma", "mean spend per transaction", 0.5)), -50, -51.5,
                LikelihoodRatio.of(-50, -51.5, 2), 0, 0, 100);
        CovariateReport report = new CovariateReport(List.of("Country"), "first purchase", List.of(),
                List.of("Country=Germany"), bgnbd, null, gg, List.of("3 customers changed Country"), List.of(), List.of());

        List<CovariateTables.CovariateRow> rows = CovariateTables.rows(report);
        assertEquals(2, rows.size());
        assertEquals(new CovariateTables.CovariateRow("BG/NBD", "α", "Country = Germany", "0.6931", "0.1000",
                "multiplies the mean purchase rate by 2.00"), rows.get(0));
        assertEquals("Gamma–Gamma", rows.get(1).model());
        assertEquals("-0.6931", rows.get(1).estimate());
        assertEquals("Country changes buying and dropout rates (BG/NBD): LR 12.3 on 4 df, p = 0.015.\n"
                + "Country shows no clear effect on spend per purchase (Gamma–Gamma): LR 3.0 on 2 df, p = 0.22.\n"
                + "Note: 3 customers changed Country.", CovariateTables.tests(report));
        assertEquals("", CovariateTables.references(report), "no coding, nothing to compare with");
    }

    @Test
    void saysWhichLevelTheMultipliersCompareWith() {
        CovariateReport report = new CovariateReport(List.of("Country", "Channel"), "first purchase",
                List.of(new CovariateDesign.Column("Country", "categorical", "United Kingdom",
                                List.of("France", "Germany"), null, null),
                        new CovariateDesign.Column("Channel", "categorical", "Web", List.of("Shop"), null, null)),
                List.of(), null, null, null, List.of(), List.of(), List.of());
        assertEquals(", compared with Country = United Kingdom and Channel = Web", CovariateTables.references(report));
    }

    @Test
    void aFailureIsOneLineThatSaysTheFiguresStand() {
        assertEquals("The models could not be refitted with Region: Region has one level. Choose covariates that "
                        + "differ between customers. The figures below are without covariates.",
                LifetimeValueModel.covariateFailure(List.of("Region"), "Region has one level.",
                        "choose covariates that differ between customers"));
    }
}
