package org.clientele.app.cli;

import org.clientele.core.UnusableDataException;
import org.clientele.core.data.DataFileException;
import org.clientele.core.analysis.NeuralHoldoutPredictor;
import org.clientele.core.analysis.RegressorHoldoutPredictor;
import org.clientele.core.clv.ClvAnalysis;
import org.clientele.core.clv.ClvFitException;
import org.clientele.core.clv.ClvOptions;
import org.clientele.core.clv.ClvResult;
import org.clientele.core.clv.ClvTimeUnit;
import org.clientele.core.clv.CovariateReport;
import org.clientele.core.clv.HoldoutPredictor;
import org.clientele.core.clv.HoldoutScore;
import org.clientele.core.clv.PurchaseModelChoice;
import org.clientele.core.clv.PurchaseModelFit;
import org.clientele.core.clv.PurchaseModelKind;
import org.clientele.core.clv.RfmSummaryReader;
import org.clientele.core.clv.Seasonality;
import org.clientele.core.clv.SegmentClvTotals;
import org.clientele.core.clv.TransactionPurchases;
import org.clientele.core.data.DataSource;
import org.clientele.core.transactions.CleaningRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code clientele clv FILE --out DIR}: BG/NBD + Gamma–Gamma customer lifetime value, with an honest holdout. */
@Command(name = "clv", mixinStandardHelpOptions = true,
        description = {"Predict customer lifetime value with BG/NBD and Gamma-Gamma.",
                "Writes DIR/clv.json and DIR/customers_clv.csv; --seed seeds the optimiser's starting points.",
                "Fits BG/NBD (purchase counts) and Gamma-Gamma (spend) and writes each customer's probability",
                "of being alive, expected purchases, expected spend and discounted CLV.",
                "FILE is a transaction log, or a per-customer summary with columns frequency (repeat purchases),",
                "recency and T in --time-unit units, and optionally monetary_value.",
                "With --calibration-end the models are fitted on purchases up to that date only and compared",
                "with a naive baseline on the holdout period that follows, and a sentence says whether the holdout",
                "fell in a busier season than the calibration year's average (--seasonal-adjustment scores the",
                "seasonally adjusted predictions too).",
                "--model picks the purchase model: bgnbd (BG/NBD), pnbd (Pareto/NBD), mbgnbd (modified BG/NBD), or",
                "auto (fit all three; keep the best on the holdout purchases, or the lowest BIC without a holdout).",
                "customers_clv.csv gets 90%% intervals from the purchase model's parameter uncertainty;",
                "--segments (a segment run's assignments.csv) or --group-by COLUMN adds each segment's totals",
                "with 90%% ranges (segment_totals.csv).",
                "--model sbg (contracts: a survivor curve, or tenure + churned per customer) writes clv.json,",
                "retention_projection.csv and, per customer, customers_retention.csv (DERL); --model bgbb",
                "(discrete opportunities: x, t_x, n, or a purchase log with --opportunity) writes clv.json and",
                "customers_bgbb.csv (P(alive), expected transactions)."})
final class ClvCommand implements Callable<Integer> {

    @Mixin
    CommonOptions.OutDir output;

    @Mixin
    CommonOptions.Seed seeding;

    @Mixin
    CommonOptions.Force overwrite;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Transaction log or customer summary (CSV, optionally .gz).")
    Path file;

    @Option(names = "--calibration-end", paramLabel = "DATE", description = "Last day of the calibration period (yyyy-mm-dd).")
    LocalDate calibrationEnd;

    @Option(names = "--holdout-end", paramLabel = "DATE", description = "Last day of the holdout period (default: the last purchase).")
    LocalDate holdoutEnd;

    @Option(names = "--time-unit", defaultValue = "day", paramLabel = "day|week", description = "Unit of recency and T (default: ${DEFAULT-VALUE}).")
    String timeUnit;

    @Option(names = "--horizon-months", defaultValue = "12", paramLabel = "N", description = "CLV horizon in months (default: ${DEFAULT-VALUE}).")
    int horizonMonths;

    @Option(names = "--monthly-discount", defaultValue = "0.01", paramLabel = "RATE", description = "Monthly discount rate (default: ${DEFAULT-VALUE}).")
    double monthlyDiscount;

    @Option(names = "--holdout-models", split = ",", defaultValue = "linear,random-forest,xgboost", paramLabel = "A,B,...",
            description = {"Regressors also compared on the holdout, trained inside the calibration period",
                    "(default: ${DEFAULT-VALUE}; 'none' for none). Opt-in neural networks (TensorFlow; minutes):",
                    "dnn (squared error) and dnn-ziln (zero-inflated lognormal head), each its own row."})
    List<String> holdoutModels;

    @Option(names = "--seasonal-adjustment", description = {"Also score the BG/NBD predictions multiplied by the holdout weeks'",
            "seasonal ratio a year earlier (needs a year of calibration history)."})
    boolean seasonalAdjustment;

    @Option(names = "--model", defaultValue = "bgnbd", paramLabel = "bgnbd|pnbd|mbgnbd|auto|sbg|bgbb",
            description = {"Purchase model (default: ${DEFAULT-VALUE}). sbg: shifted-beta-geometric retention of",
                    "contracts (a survivor curve, or tenure + churned per customer); bgbb: BG/BB for discrete",
                    "opportunities (x, t_x, n, or a purchase log with --opportunity)."})
    String model;

    @Option(names = "--interval-draws", defaultValue = "200", paramLabel = "N",
            description = "Parameter draws for the 90%% intervals; 0 for none (default: ${DEFAULT-VALUE}).")
    int intervalDraws;

    @Option(names = "--summary", description = "FILE is a per-customer summary (detected from its columns otherwise).")
    boolean summary;

    @Mixin
    InputOptions input;

    @Mixin
    DiscreteClvModels discreteModels;

    @Mixin
    ClvCovariates covariates;

    @Mixin
    ClvSegments segments;

    @Override
    public Integer call() {
        if (DiscreteClvModels.handles(model)) {
            if (calibrationEnd != null || holdoutEnd != null) {
                throw new CliException(ExitCodes.USAGE, "--calibration-end and --holdout-end are for bgnbd; --model "
                        + model + " fits on all of FILE.");
            }
            return discreteModels.run(model, file, output.out, overwrite, seeding.seed, input,
                    spec.commandLine().getOut());
        }
        Path json = output.out.resolve("clv.json");
        Path csv = output.out.resolve("customers_clv.csv");
        overwrite.checkWritable(json);
        overwrite.checkWritable(csv);
        ClvTimeUnit unit;
        ClvOptions options;
        try {
            unit = ClvTimeUnit.parse(timeUnit);
            options = ClvOptions.builder().timeUnit(unit).calibrationEnd(calibrationEnd).holdoutEnd(holdoutEnd)
                    .horizonMonths(horizonMonths).monthlyDiscountRate(monthlyDiscount).seed(seeding.seed)
                    .purchaseModel(PurchaseModelChoice.parse(model)).intervalDraws(intervalDraws).build();
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage() + ".");
        }
        if (covariates.requested()) {
            overwrite.checkWritable(covariates.customersCsv(output.out));
        }
        if (segments.requested()) {
            overwrite.checkWritable(segments.csv(output.out));
        }
        ConsoleProgress progress = ConsoleProgress.forTerminal();
        ClvResult result;
        CovariateReport covariateReport = null;
        SegmentClvTotals segmentTotals = null;
        try {
            boolean summaryInput = summary || isSummary(file);
            segments.check(summaryInput);
            if (summaryInput) {
                if (calibrationEnd != null) {
                    throw new CliException(ExitCodes.USAGE,
                            "--calibration-end needs a transaction log; a summary has no dates to split.");
                }
                if (covariates.requested()) {
                    throw new CliException(ExitCodes.USAGE, "--covariates reads columns of a purchase log; a summary"
                            + " has none.");
                }
                result = ClvAnalysis.runOnSummaries(RfmSummaryReader.read(file, input.id), options,
                        progress.slice(0, segments.requested() ? 0.8 : 1));
            } else {
                TransactionPurchases.Result purchases = TransactionPurchases.read(file, input.toReadOptions(),
                        CleaningRules.DEFAULT, progress.slice(0, 0.3));
                List<HoldoutPredictor> regressors = new ArrayList<>();
                if (calibrationEnd != null && !holdoutModels.contains("none")) {
                    List<String> builtIn = holdoutModels.stream()
                            .filter(m -> !NeuralHoldoutPredictor.NAMES.contains(m)).toList();
                    if (!builtIn.isEmpty()) {
                        regressors.add(new RegressorHoldoutPredictor(purchases.purchases(), calibrationEnd, builtIn,
                                seeding.seed));
                    }
                    for (String m : holdoutModels) {
                        if (NeuralHoldoutPredictor.NAMES.contains(m)) {
                            regressors.add(NeuralHoldoutPredictor.named(m, purchases.purchases(), calibrationEnd,
                                    seeding.seed));
                        }
                    }
                }
                result = ClvAnalysis.run(purchases.purchases(), options, regressors, seasonalAdjustment,
                        progress.slice(0.3, covariates.requested() ? 0.6 : 0.8));
                if (covariates.requested()) {
                    covariateReport = covariates.run(file, input.toReadOptions(), result, options, progress.slice(0.6, 0.8));
                }
            }
            if (segments.requested()) {
                segmentTotals = segments.run(file, input.toReadOptions(), result, progress.slice(0.8, 1));
            }
        } catch (UnusableDataException e) {
            throw DataFileException.in(file, e);
        } catch (ClvFitException e) {
            throw DataFileException.in(file, e);
        } finally {
            progress.done();
        }
        java.util.Map<String, Object> extraKeys = new java.util.LinkedHashMap<>();
        if (covariateReport != null) {
            extraKeys.put("covariates", covariateReport);
            covariateReport.writeCustomers(covariates.customersCsv(output.out));
        }
        if (segmentTotals != null) {
            extraKeys.put("segmentTotals", segmentTotals);
            segmentTotals.writeCsv(segments.csv(output.out));
        }
        result.writeJson(json, file, options, extraKeys);
        result.writeCustomers(csv);
        PrintWriter console = spec.commandLine().getOut();
        PurchaseModelFit purchases = result.purchaseModel();
        console.printf("%,d customers. %s", result.customers(), PurchaseModelKind.of(purchases.model()).label());
        purchases.parameters().forEach((name, e) -> console.printf(" %s=%.4f", name, e.value()));
        if (result.gammaGamma() != null) {
            console.printf("; Gamma-Gamma p=%.4f q=%.4f gamma=%.4f", result.gammaGamma().p(), result.gammaGamma().q(),
                    result.gammaGamma().gamma());
        }
        console.println(".");
        if (result.holdout() != null && !result.holdout().isEmpty()) {
            console.printf("Holdout %s..%s (models fitted on purchases up to %s only):%n  %-28s %12s %12s %9s %9s %6s %11s%n",
                    calibrationEnd.plusDays(1), result.holdoutEnd(), calibrationEnd,
                    "model", "RMSE", "MAE", "Spearman", "top 10%", "Gini", "decile MAPE");
            for (HoldoutScore h : result.holdout()) {
                console.printf("  %-28s %12.2f %12.2f %9.3f %9.3f %6.3f %11s%n", h.model(), h.rmse(), h.mae(), h.spearman(),
                        h.topDecileCapture(), h.ranking() == null ? Double.NaN : h.ranking().normalizedGini(),
                        h.ranking() == null || Double.isNaN(h.ranking().decileMape()) ? "-"
                                : String.format(java.util.Locale.ROOT, "%.1f%%", 100 * h.ranking().decileMape()));
            }
        }
        Seasonality seasonality = result.diagnostics() == null ? null : result.diagnostics().seasonality();
        if (seasonality != null) {
            console.println(seasonality.sentence());
            if (seasonalAdjustment && !seasonality.estimable()) {
                console.println("--seasonal-adjustment: not applied.");
            }
        }
        if (result.purchaseModels().size() > 1) {
            console.printf("Purchase models (%s):%n  %-8s %12s %12s %14s%n", result.holdout() == null
                    ? "fitted on all purchases" : "fitted on the calibration period", "model", "LL", "BIC",
                    "holdout RMSE");
            for (PurchaseModelFit f : result.purchaseModels()) {
                console.printf("  %-8s %12.2f %12.2f %14s%s%n", f.model(), f.logLikelihood(), f.bic(),
                        f.holdout() == null ? "-" : String.format(java.util.Locale.ROOT, "%.4f", f.holdout().purchasesRmse()),
                        Boolean.TRUE.equals(f.chosen()) ? "  chosen" : "");
            }
            console.println(purchases.why());
        }
        if (result.uncertainty() != null && result.uncertainty().totalClv() != null) {
            console.printf("Total CLV %,.2f (90%% interval %,.2f to %,.2f from %,d parameter draws).%n", result.totalClv(),
                    result.uncertainty().totalClv().low(), result.uncertainty().totalClv().high(),
                    result.uncertainty().draws());
        }
        List<Path> written = new ArrayList<>(List.of(json, csv));
        if (covariateReport != null) {
            ClvCovariates.print(covariateReport, console);
            written.add(covariates.customersCsv(output.out));
        }
        if (segmentTotals != null) {
            ClvSegments.print(segmentTotals, result.horizonMonths(), console);
            written.add(segments.csv(output.out));
        }
        console.printf("Wrote %s.%n", joined(written));
        return ExitCodes.OK;
    }

    private static String joined(List<Path> files) {
        List<String> names = files.stream().map(Path::toString).toList();
        return names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1)) + " and "
                + names.get(names.size() - 1);
    }

    /** A lifetimes-style summary has a T (customer age) column; a transaction log never does. */
    private boolean isSummary(Path path) {
        try (DataSource source = DataSource.open(path, input.toReadOptions())) {
            List<String> columns = source.schema().columns();
            return columns.contains("T") || columns.contains("t_x");
        }
    }
}
