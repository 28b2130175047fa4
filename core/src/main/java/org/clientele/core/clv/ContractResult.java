package org.clientele.core.clv;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.clientele.core.io.CsvOutput;
import org.clientele.core.provenance.Provenance;

import java.nio.file.Path;
import java.util.List;

/**
 * An sBG run: the fit, the projected survivor curve with retention rates and DERL by tenure, and for
 * per-customer input each active customer's DERL. Serialises to clv.json ({@code model}: "sbg").
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContractResult(String model, String input, long customers, ShiftedBetaGeometricFit sbg,
                             double discountRate, int projectionPeriods,
                             double discountedExpectedLifetime, double expectedActiveNextPeriod,
                             List<String> warnings, long seed,
                             @JsonIgnore List<PeriodProjection> projection,
                             @JsonIgnore List<CustomerRetention> customerValues) {

    /**
     * One period of the projection: observed (Kaplan–Meier) and fitted survival, the retention rate and
     * churn probability of period t, expected survivors of the cohort, and the DERL of a customer who has
     * renewed t times.
     */
    public record PeriodProjection(int period, double observedSurvival, double survival, double retentionRate,
                                   double churnProbability, double expectedSurvivors, double derl) { }

    /** A customer: renewals so far, P(renews at the end of the current period), DERL (0 once churned). */
    public record CustomerRetention(String customerId, int tenure, boolean churned, double probabilityRenewNext,
                                    double derl) { }

    public ContractResult {
        warnings = List.copyOf(warnings);
        projection = List.copyOf(projection);
        customerValues = List.copyOf(customerValues);
    }

    public void writeJson(Path file, Path inputFile, Object options) {
        Provenance.of(inputFile, seed, customers).withOptions(options).writeWith(file, this);
    }

    /** retention_projection.csv: one row per period 0..projectionPeriods. */
    public void writeProjection(Path csv) {
        CsvOutput.write(csv, List.of("period", "observedSurvival", "survival", "retentionRate", "churnProbability",
                "expectedSurvivors", "derl"), printer -> {
            for (PeriodProjection p : projection) {
                printer.row(List.of(Integer.toString(p.period()), Cells.number(p.observedSurvival()),
                        Cells.number(p.survival()), Cells.number(p.retentionRate()), Cells.number(p.churnProbability()),
                        Cells.number(p.expectedSurvivors()), Cells.number(p.derl())));
            }
        });
    }

    /** customers_retention.csv (per-customer input only). */
    public void writeCustomers(Path csv) {
        CsvOutput.write(csv, List.of("customer_id", "tenure", "churned", "probabilityRenewNext", "derl"), printer -> {
            for (CustomerRetention c : customerValues) {
                printer.row(List.of(c.customerId(), Integer.toString(c.tenure()), Boolean.toString(c.churned()),
                        Cells.number(c.probabilityRenewNext()), Cells.number(c.derl())));
            }
        });
    }
}
