package org.clientele.core.clv;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.clientele.core.io.CsvOutput;
import org.clientele.core.io.Json;
import org.clientele.core.provenance.Provenance;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a CLV run produced; serialises (via {@link Json}) to the contract's clv.json. {@code bgnbd}
 * and {@code gammaGamma} are fitted on all purchases up to {@code observationEnd} and drive the
 * per-customer figures; with a holdout, {@code calibration} holds the fits on the calibration period alone
 * and {@code holdout} the honest comparison of models on the window after it. {@code purchaseModel} is the
 * purchase model that drives the per-customer figures (fitted like {@code bgnbd}, which is present whenever that
 * model is BG/NBD); {@code purchaseModels} the models compared to choose it (chosen first; fitted on the calibration
 * period and scored on the holdout when there is one); {@code uncertainty} the 90% intervals on the totals.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClvResult(int customers, String timeUnit, LocalDate firstPurchase, LocalDate observationEnd,
                        LocalDate calibrationEnd, LocalDate holdoutEnd, Double holdoutLength,
                        BgNbdFit bgnbd, GammaGammaFit gammaGamma, IndependenceCheck independenceCheck,
                        CalibrationFit calibration, List<HoldoutScore> holdout,
                        int horizonMonths, double monthlyDiscountRate, double totalExpectedSpend, double totalClv,
                        double newCustomerExpectedPurchases, List<String> warnings, long seed,
                        @JsonIgnore List<CustomerClv> customerValues, PurchaseModelFit purchaseModel,
                        List<PurchaseModelFit> purchaseModels, ClvUncertainty uncertainty,
                        @JsonUnwrapped ClvDiagnostics diagnostics) {

    /** A result without purchase-model comparison, intervals, charts or checks (kept for older callers). */
    public ClvResult(int customers, String timeUnit, LocalDate firstPurchase, LocalDate observationEnd,
                     LocalDate calibrationEnd, LocalDate holdoutEnd, Double holdoutLength,
                     BgNbdFit bgnbd, GammaGammaFit gammaGamma, IndependenceCheck independenceCheck,
                     CalibrationFit calibration, List<HoldoutScore> holdout,
                     int horizonMonths, double monthlyDiscountRate, double totalExpectedSpend, double totalClv,
                     double newCustomerExpectedPurchases, List<String> warnings, long seed,
                     List<CustomerClv> customerValues) {
        this(customers, timeUnit, firstPurchase, observationEnd, calibrationEnd, holdoutEnd, holdoutLength, bgnbd,
                gammaGamma, independenceCheck, calibration, holdout, horizonMonths, monthlyDiscountRate,
                totalExpectedSpend, totalClv, newCustomerExpectedPurchases, warnings, seed, customerValues, null, null,
                null, null);
    }

    /**
     * The models fitted on the calibration period only (the ones scored on the holdout), and how many
     * customers first bought in the holdout and so were left out of the comparison.
     */
    public record CalibrationFit(int customers, int customersFirstSeenInHoldout, BgNbdFit bgnbd,
                                 GammaGammaFit gammaGamma) { }

    public ClvResult {
        warnings = List.copyOf(warnings);
        customerValues = List.copyOf(customerValues);
        holdout = holdout == null ? null : List.copyOf(holdout);
        purchaseModels = purchaseModels == null ? null : List.copyOf(purchaseModels);
    }

    /** Writes clv.json atomically. */
    public void writeJson(Path file) {
        Json.write(file, this);
    }

    /** clv.json with where it came from ({@code provenance}: input file, seed, options, versions). */
    public void writeJson(Path file, Path input, ClvOptions options) {
        Provenance.of(input, options.seed(), customers()).withOptions(options).writeWith(file, this);
    }

    /**
     * clv.json with provenance and further top-level keys (e.g. {@code covariates}) computed after the run;
     * the result's own keys are never replaced.
     */
    public void writeJson(Path file, Path input, ClvOptions options, java.util.Map<String, Object> extraKeys) {
        com.fasterxml.jackson.databind.node.ObjectNode tree = Json.mapper().valueToTree(this);
        extraKeys.forEach((key, value) -> {
            if (!tree.has(key)) {
                tree.set(key, Json.mapper().valueToTree(value));
            }
        });
        Provenance.of(input, options.seed(), customers()).withOptions(options).writeWith(file, tree);
    }

    /** Writes customers_clv.csv atomically: one row per customer, empty cells for undefined values. */
    public void writeCustomers(Path csv) {
        boolean withHoldout = holdout != null;
        boolean withIntervals = customerValues.stream().anyMatch(CustomerClv::hasIntervals);
        List<String> header = new ArrayList<>(List.of("customer_id", "frequency", "recency", "T", "monetary",
                "probabilityAlive", "expectedPurchases", "expectedAverageSpend", "expectedSpend", "clv"));
        if (withHoldout) {
            header.add("holdoutPredictedSpend");
            header.add("holdoutActualSpend");
        }
        if (withIntervals) {
            header.addAll(List.of("expectedPurchasesLow", "expectedPurchasesHigh", "probabilityAliveLow",
                    "probabilityAliveHigh", "clvLow", "clvHigh"));
        }
        CsvOutput.write(csv, header, printer -> {
            for (CustomerClv c : customerValues) {
                List<String> row = new ArrayList<>(List.of(c.customerId(), number(c.frequency()), number(c.recency()),
                        number(c.T()), number(c.monetary()), number(c.probabilityAlive()), number(c.expectedPurchases()),
                        number(c.expectedAverageSpend()), number(c.expectedSpend()), number(c.clv())));
                if (withHoldout) {
                    row.add(number(c.holdoutPredictedSpend()));
                    row.add(number(c.holdoutActualSpend()));
                }
                if (withIntervals) {
                    for (double v : new double[]{c.expectedPurchasesLow(), c.expectedPurchasesHigh(),
                            c.probabilityAliveLow(), c.probabilityAliveHigh(), c.clvLow(), c.clvHigh()}) {
                        row.add(number(v));
                    }
                }
                printer.row(row);
            }
        });
    }

    private static String number(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
