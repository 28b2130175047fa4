package org.clientele.app.cli;

import org.clientele.core.UnusableDataException;
import org.clientele.core.clv.BgBbAnalysis;
import org.clientele.core.clv.BgBbResult;
import org.clientele.core.clv.ContractAnalysis;
import org.clientele.core.clv.ContractResult;
import org.clientele.core.clv.ContractTableReader;
import org.clientele.core.clv.DiscreteModelOptions;
import org.clientele.core.clv.DiscreteSummaryReader;
import org.clientele.core.clv.Opportunity;
import org.clientele.core.clv.TransactionPurchases;
import org.clientele.core.data.DataFileException;
import org.clientele.core.transactions.CleaningRules;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * The contractual (sBG) and discrete-opportunity (BG/BB) models of {@code clv --model}: their options (a
 * picocli mixin of ClvCommand) and their run, kept apart from the BG/NBD family's code path.
 */
final class DiscreteClvModels {

    static final Set<String> MODELS = Set.of("sbg", "bgbb");

    @Option(names = "--opportunity", paramLabel = "day|week|month",
            description = {"bgbb on a purchase log: the period that is one transaction opportunity (required there)."})
    String opportunity;

    @Option(names = "--horizon-periods", paramLabel = "N",
            description = {"sbg: periods of the retention projection (default: twice the observed, at least 12);",
                    "bgbb: opportunities ahead to forecast (default: the longest history's)."})
    Integer horizonPeriods;

    @Option(names = "--period-discount", paramLabel = "RATE",
            description = "sbg: discount rate per contract period for DERL (default: 0.10).")
    Double periodDiscount;

    static boolean handles(String model) {
        return model != null && MODELS.contains(model.toLowerCase(Locale.ROOT));
    }

    /** Runs sbg or bgbb on FILE, writes DIR/clv.json and the CSVs, prints a summary line. */
    int run(String model, Path file, Path out, CommonOptions.Force overwrite, long seed, InputOptions input,
            PrintWriter console) {
        DiscreteModelOptions options;
        try {
            options = new DiscreteModelOptions(horizonPeriods,
                    periodDiscount == null ? DiscreteModelOptions.DEFAULT_DISCOUNT_RATE : periodDiscount,
                    opportunity == null ? null : Opportunity.parse(opportunity), 5, seed);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage() + ".");
        }
        Path json = out.resolve("clv.json");
        ConsoleProgress progress = ConsoleProgress.forTerminal();
        try {
            if (model.equalsIgnoreCase("sbg")) {
                if (opportunity != null) {
                    throw new CliException(ExitCodes.USAGE, "--opportunity is for --model bgbb; sbg reads contract "
                            + "periods as they are.");
                }
                Path projection = out.resolve("retention_projection.csv");
                Path customers = out.resolve("customers_retention.csv");
                overwrite.checkWritable(json);
                overwrite.checkWritable(projection);
                ContractTableReader.Contracts contracts = ContractTableReader.read(file, input.id);
                if (!contracts.customers().isEmpty()) {
                    overwrite.checkWritable(customers);
                }
                ContractResult r = ContractAnalysis.run(contracts, options, progress);
                progress.done();
                r.writeJson(json, file, options);
                r.writeProjection(projection);
                if (!r.customerValues().isEmpty()) {
                    r.writeCustomers(customers);
                }
                console.printf(Locale.ROOT, "%,d customers (%s). sBG alpha=%.4f beta=%.4f (LL %.2f, BIC %.2f);"
                                + " mean churn at the start %.3f; DEL of a new customer %.3f periods at %.0f%% per period.%n",
                        r.customers(), r.input(), r.sbg().alpha(), r.sbg().beta(), r.sbg().logLikelihood(),
                        r.sbg().bic(), r.sbg().meanChurnProbability(), r.discountedExpectedLifetime(),
                        100 * r.discountRate());
                console.printf("Wrote %s, %s%s.%n", json, projection,
                        r.customerValues().isEmpty() ? "" : " and " + customers);
            } else {
                Path customers = out.resolve("customers_bgbb.csv");
                overwrite.checkWritable(json);
                overwrite.checkWritable(customers);
                BgBbResult r;
                if (DiscreteSummaryReader.looksLikeOne(file)) {
                    if (opportunity != null) {
                        throw new CliException(ExitCodes.USAGE, "--opportunity turns a purchase log into opportunities;"
                                + " " + file + " already has x, t_x and n.");
                    }
                    r = BgBbAnalysis.runOnHistories(DiscreteSummaryReader.readCustomers(file, input.id), options,
                            progress);
                } else {
                    if (opportunity == null) {
                        throw new CliException(ExitCodes.USAGE, file + " is not a BG/BB summary (columns x, t_x, n);"
                                + " to read it as a purchase log, say what one opportunity is: --opportunity day|week|month.");
                    }
                    TransactionPurchases.Result purchases = TransactionPurchases.read(file, input.toReadOptions(),
                            CleaningRules.DEFAULT, progress.slice(0, 0.3));
                    r = BgBbAnalysis.runOnPurchases(purchases.purchases(), options, progress.slice(0.3, 1));
                }
                progress.done();
                r.writeJson(json, file, options);
                r.writeCustomers(customers);
                console.printf(Locale.ROOT, "%,d customers. BG/BB alpha=%.4f beta=%.4f gamma=%.4f delta=%.4f (LL %.2f,"
                                + " BIC %.2f); %.1f transactions expected in the next %d opportunities.%n",
                        r.customers(), r.bgbb().alpha(), r.bgbb().beta(), r.bgbb().gamma(), r.bgbb().delta(),
                        r.bgbb().logLikelihood(), r.bgbb().bic(), r.totalExpectedTransactions(),
                        r.horizonOpportunities());
                console.printf("Wrote %s and %s.%n", json, customers);
            }
        } catch (UnusableDataException e) {
            throw DataFileException.in(file, e);
        } finally {
            progress.done();
        }
        return ExitCodes.OK;
    }
}
