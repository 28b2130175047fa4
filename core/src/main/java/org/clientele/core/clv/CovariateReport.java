package org.clientele.core.clv;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.clientele.core.io.CsvOutput;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * clv.json's {@code covariates}: which columns, where their per-customer values came from, how they were
 * coded, and the covariate fits of the purchase model ({@code bgnbd}, or {@code pnbd} when the run chose
 * Pareto/NBD) and of Gamma–Gamma, with their likelihood-ratio tests. The
 * per-customer figures under the covariate models go to customers_covariates.csv.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CovariateReport(List<String> columns, String source, List<CovariateDesign.Column> coding,
                              List<String> terms, CovariateModelFit bgnbd, CovariateModelFit pnbd,
                              CovariateModelFit gammaGamma,
                              List<String> warnings, @JsonIgnore List<String> termsForCsv,
                              @JsonIgnore List<CustomerRow> customerValues) {

    /** A customer's covariate terms and figures under the covariate models. */
    public record CustomerRow(String customerId, double[] terms, double probabilityAlive, double expectedPurchases,
                              double expectedAverageSpend, double clv) { }

    public CovariateReport {
        warnings = List.copyOf(warnings);
        customerValues = List.copyOf(customerValues);
    }

    public void writeCustomers(Path csv) {
        List<String> header = new ArrayList<>(List.of("customer_id"));
        header.addAll(termsForCsv);
        header.addAll(List.of("probabilityAlive", "expectedPurchases", "expectedAverageSpend", "clv"));
        CsvOutput.write(csv, header, printer -> {
            for (CustomerRow c : customerValues) {
                List<String> row = new ArrayList<>(header.size());
                row.add(c.customerId());
                for (double t : c.terms()) {
                    row.add(Cells.number(t));
                }
                row.add(Cells.number(c.probabilityAlive()));
                row.add(Cells.number(c.expectedPurchases()));
                row.add(Cells.number(c.expectedAverageSpend()));
                row.add(Cells.number(c.clv()));
                printer.row(row);
            }
        });
    }
}
