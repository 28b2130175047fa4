package org.clientele.app.cli;

import org.clientele.core.UnusableDataException;
import org.clientele.core.analysis.ScaleOutEngine;
import org.clientele.core.data.DataFileException;
import org.clientele.core.eda.CategoryRules;
import org.clientele.core.eda.CountryStat;
import org.clientele.core.eda.EdaOverview;
import org.clientele.core.eda.EdaResult;
import org.clientele.core.eda.TransactionEda;
import org.clientele.core.eda.ValueConcentration;
import org.clientele.core.provenance.Provenance;
import org.clientele.core.transactions.CleaningRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code clientele eda FILE --out DIR}: exploratory analysis of a transaction log, as chart-ready JSON. */
@Command(name = "eda", mixinStandardHelpOptions = true,
        description = {"Explore a transaction log: sales, countries, concentration, products, cohorts.",
                "Writes DIR/eda.json; --seed seeds the segment-evolution clustering.",
                "Writes DIR/eda.json: sales per day, week and month, seasonality, countries, how concentrated",
                "spend is (Lorenz curve, Gini), RFM distributions and correlations, top products and",
                "description-based categories, monthly cohort retention, how customers move between value",
                "segments quarter to quarter, and what cleaning removed.",
                "With --engine spark the log (CSV or Parquet; local, hdfs:// or s3a://) is read and tallied on Spark."})
final class EdaCommand implements Callable<Integer> {

    @Mixin
    CommonOptions.OutDir output;

    @Mixin
    CommonOptions.Seed seeding;

    @Mixin
    CommonOptions.Force overwrite;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Transaction log (CSV, optionally .gz).")
    Path file;

    @Option(names = "--drop-duplicates", description = "Drop exact duplicate rows (they are always counted).")
    boolean dropDuplicates;

    @Mixin
    InputOptions input;

    @Mixin
    EngineOptions engines;

    @Override
    public Integer call() {
        Path json = output.out.resolve("eda.json");
        overwrite.checkWritable(json);
        ConsoleProgress progress = ConsoleProgress.forTerminal();
        CleaningRules rules = CleaningRules.DEFAULT.withDropDuplicates(dropDuplicates);
        EdaResult result;
        try (ScaleOutEngine engine = engines.open()) {
            result = engine == null
                    ? TransactionEda.run(file, input.toReadOptions(), rules, CategoryRules.defaults(), seeding.seed, progress)
                    : engine.eda(EngineOptions.location(spec, file), input.toReadOptions(), rules, CategoryRules.defaults(),
                    seeding.seed, progress);
        } catch (UnusableDataException e) { // e.g. the segment-transition fit on too few customer-quarters
            throw DataFileException.in(file, e);
        } finally {
            progress.done();
        }
        Provenance.of(file, seeding.seed, result.dataQuality().rowsRead()).with("dropDuplicates", dropDuplicates)
                .writeWith(json, result);
        print(spec.commandLine().getOut(), result, json);
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, EdaResult r, Path json) {
        EdaOverview o = r.overview();
        if (o.firstPurchase() == null) {
            out.println("No rows left after cleaning.");
        } else {
            out.printf("Period %s to %s (%s).%n", o.firstPurchase().toLocalDate(),
                    o.lastPurchase().toLocalDate(), Counted.of(o.tradingDays(), "trading day"));
        }
        out.printf("Revenue %,.2f from %s by %s (%s, %s).%n", o.revenue(), Counted.of(o.orders(), "order"),
                Counted.of(o.customers(), "customer"), Counted.of(o.lineItems(), "line item"),
                Counted.of(o.products(), "product"));
        CountryStat top = r.countries().top();
        if (top != null) {
            int countries = r.countries().countries();
            out.printf("Top country: %s, %.1f%% of revenue (%s).%n", top.country(), 100 * top.share(),
                    countries == 1 ? "the only country" : countries + " countries");
        }
        ValueConcentration v = r.valueConcentration();
        if (v.customers() > 0) {
            out.printf("Spend concentration: Gini %.3f; the top 20%% of customers bring %.1f%% of revenue.%n",
                    v.gini(), 100 * v.top20PercentShare());
        }
        if (r.segmentEvolution() != null) {
            out.printf("Segment evolution: %d segments over %d quarters.%n", r.segmentEvolution().k(),
                    r.segmentEvolution().quarters().size());
        }
        out.println("Wrote " + json + ".");
    }
}
