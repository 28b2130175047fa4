package org.clientele.app.cli;

import org.clientele.core.analysis.ScaleOutEngine;
import org.clientele.core.transactions.CleaningReport;
import org.clientele.core.transactions.CleaningRule;
import org.clientele.core.transactions.CleaningRules;
import org.clientele.core.transactions.CustomerTable;
import org.clientele.core.transactions.CustomerTableBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code clientele rfm FILE --out CUSTOMERS.csv}: a transaction log cleaned and turned into customers. */
@Command(name = "rfm", mixinStandardHelpOptions = true,
        description = {"Turn a transaction log into a customer table (RFM and more), written to --out.",
                "Cleans the log and writes one row per customer: recency, frequency, monetary, order value, tenure,",
                "products, country and timing shares. Streams the file: any size works."})
final class RfmCommand implements Callable<Integer> {

    @Mixin
    CommonOptions.OutFile output;

    @Mixin
    CommonOptions.Force overwrite;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Transaction log (CSV, optionally .gz).")
    Path file;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Count recency to this date (yyyy-mm-dd). Default: the day after the last purchase.")
    LocalDate asOf;

    @Option(names = "--report", paramLabel = "CLEANING.json", description = "Also write the cleaning report.")
    Path report;

    @Option(names = "--keep-missing-customer", description = "Do not drop rows without a customer (they still cannot be aggregated).")
    boolean keepMissingCustomer;

    @Option(names = "--keep-cancelled", description = "Keep cancelled invoices (invoice starting with C).")
    boolean keepCancelled;

    @Option(names = "--keep-non-positive-quantity", description = "Keep rows with quantity <= 0 (returns).")
    boolean keepNonPositiveQuantity;

    @Option(names = "--keep-non-positive-price", description = "Keep rows with unit price <= 0.")
    boolean keepNonPositivePrice;

    @Option(names = "--drop-duplicates", description = "Drop exact duplicate rows (they are always counted).")
    boolean dropDuplicates;

    @Mixin
    InputOptions input;

    @Mixin
    EngineOptions engines;

    @Override
    public Integer call() {
        overwrite.checkWritable(output.out);
        if (report != null) {
            overwrite.checkWritable(report);
        }
        CleaningRules rules = new CleaningRules(!keepMissingCustomer, !keepCancelled, !keepNonPositiveQuantity,
                !keepNonPositivePrice, dropDuplicates);
        ConsoleProgress progress = ConsoleProgress.forTerminal();
        CustomerTable customers;
        try (ScaleOutEngine engine = engines.open()) {
            customers = engine == null ? new CustomerTableBuilder(input.toReadOptions(), rules, asOf).build(file, progress)
                    : engine.customers(EngineOptions.location(spec, file), input.toReadOptions(), rules, asOf, progress);
        } finally {
            progress.done();
        }
        customers.writeCsv(output.out);
        if (report != null) {
            customers.report().writeJson(report);
        }
        summarise(spec.commandLine().getOut(), customers.report());
        return ExitCodes.OK;
    }

    private void summarise(PrintWriter console, CleaningReport r) {
        console.printf("Read %s, kept %,d: %s, revenue %,.2f (as of %s).%n",
                Counted.of(r.rowsRead(), "row"), r.rowsKept(), Counted.of(r.customers(), "customer"), r.revenue(), r.asOf());
        StringBuilder removed = new StringBuilder();
        // Contract names, as in CLEANING.json, so the summary and the report file use the same words.
        for (Map.Entry<CleaningRule, Long> e : r.removedByRule().entrySet()) {
            if (e.getValue() > 0) {
                removed.append(removed.length() == 0 ? "" : ", ").append(e.getKey().contractName()).append(' ')
                        .append(String.format("%,d", e.getValue()));
            }
        }
        if (removed.length() > 0) {
            console.println("Removed: " + removed + ".");
        }
        if (r.duplicateRows() > 0) {
            console.printf("Exact duplicate rows: %,d (%s).%n", r.duplicateRows(),
                    dropDuplicates ? "removed" : "kept; --drop-duplicates removes them");
        }
        for (String w : r.warnings()) {
            spec.commandLine().getErr().println("warning: " + CliSettings.withFlags(w));
        }
        console.println("Wrote " + output.out + (report == null ? "" : " and " + report) + ".");
    }
}
