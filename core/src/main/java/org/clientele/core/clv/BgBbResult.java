package org.clientele.core.clv;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.clientele.core.io.CsvOutput;
import org.clientele.core.provenance.Provenance;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A BG/BB run: the fit, the horizon in opportunities, and per customer P(alive) and expected transactions.
 * Serialises to clv.json ({@code model}: "bgbb"); {@code opportunity}, {@code firstPurchase} and
 * {@code observationEnd} only when the histories came from a purchase log.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BgBbResult(String model, long customers, String opportunity, LocalDate firstPurchase,
                         LocalDate observationEnd, BgBbFit bgbb,
                         int horizonOpportunities, double totalExpectedTransactions,
                         double newCustomerExpectedTransactions, List<String> warnings, long seed,
                         @JsonIgnore List<CustomerForecast> customerValues) {

    /** One customer's history and forecast over the next {@code horizonOpportunities}. */
    public record CustomerForecast(String customerId, int x, int tx, int n, double probabilityAlive,
                                   double expectedTransactions) { }

    public BgBbResult {
        warnings = List.copyOf(warnings);
        customerValues = List.copyOf(customerValues);
    }

    public void writeJson(Path file, Path inputFile, Object options) {
        Provenance.of(inputFile, seed, customers).withOptions(options).writeWith(file, this);
    }

    /** customers_bgbb.csv. */
    public void writeCustomers(Path csv) {
        CsvOutput.write(csv, List.of("customer_id", "x", "t_x", "n", "probabilityAlive", "expectedTransactions"),
                printer -> {
                    for (CustomerForecast c : customerValues) {
                        printer.row(List.of(c.customerId(), Integer.toString(c.x()), Integer.toString(c.tx()),
                                Integer.toString(c.n()), Cells.number(c.probabilityAlive()),
                                Cells.number(c.expectedTransactions())));
                    }
                });
    }
}
