package org.clientele.app.cli;

import org.clientele.sample.GeneratorKind;
import org.clientele.sample.Generators;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code clientele generate KIND --rows N --out FILE}: seeded synthetic data of any size. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a seeded synthetic data set.",
                "The same seed gives the same bytes.",
                "KIND is one of:",
                "  transactions     a transaction log in the Online Retail layout (skew, seasonality, returns);",
                "                   options: --customers --start --end --products",
                "                   --missing-customer-share --cancellation-share --saturdays",
                "  customers        a customer table with demographics and spend",
                "  egov             e-government platform behaviour, one row per user",
                "  egov-anonymised  the same as five z-scored anonymous features",
                "  contracts        a subscription book: plan, fee, tenure, churned (sBG)",
                "  blobs            numeric features from Gaussian blobs; options: --features --blobs",
                "                   --spread --labels",
                "A file name ending in .gz is written gzip-compressed."})
final class GenerateCommand implements Callable<Integer> {

    @Mixin
    CommonOptions.OutFile output;

    @Mixin
    CommonOptions.Seed seeding;

    @Mixin
    CommonOptions.Force overwrite;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "What to generate (see above).")
    String kind;

    @Option(names = "--rows", required = true, paramLabel = "N", description = "Rows (or customers) to write.")
    long rows;

    @Mixin
    KindOptions kindOptions;

    /**
     * The options only some kinds take, declared so picocli parses and documents them; which kind takes
     * which is checked by the generators ({@code GeneratorKind.options()}), with a message naming them.
     */
    static final class KindOptions {
        @Option(names = "--customers", paramLabel = "N", description = "transactions: number of customers.")
        String customers;
        @Option(names = "--start", paramLabel = "DATE", description = "transactions: first day (yyyy-mm-dd).")
        String start;
        @Option(names = "--end", paramLabel = "DATE", description = "transactions: last day (yyyy-mm-dd).")
        String end;
        @Option(names = "--products", paramLabel = "N", description = "transactions: number of products.")
        String products;
        @Option(names = "--missing-customer-share", paramLabel = "X",
                description = "transactions: share of lines without a customer.")
        String missingCustomerShare;
        @Option(names = "--cancellation-share", paramLabel = "X", description = "transactions: share of cancelled lines.")
        String cancellationShare;
        @Option(names = "--saturdays", paramLabel = "true|false", description = "transactions: trade on Saturdays.")
        String saturdays;
        @Option(names = "--features", paramLabel = "N", description = "blobs: number of numeric features.")
        String features;
        @Option(names = "--blobs", paramLabel = "N", description = "blobs: number of Gaussian blobs.")
        String blobs;
        @Option(names = "--spread", paramLabel = "X", description = "blobs: standard deviation within a blob.")
        String spread;
        @Option(names = "--labels", paramLabel = "true|false", description = "blobs: add the true blob as a column.")
        String labels;

        /** The options given, by name without dashes, in the order of the help. */
        Map<String, String> given() {
            Map<String, String> map = new LinkedHashMap<>();
            put(map, "customers", customers);
            put(map, "start", start);
            put(map, "end", end);
            put(map, "products", products);
            put(map, "missing-customer-share", missingCustomerShare);
            put(map, "cancellation-share", cancellationShare);
            put(map, "saturdays", saturdays);
            put(map, "features", features);
            put(map, "blobs", blobs);
            put(map, "spread", spread);
            put(map, "labels", labels);
            return map;
        }

        private static void put(Map<String, String> map, String name, String value) {
            if (value != null) {
                map.put(name, value);
            }
        }
    }

    @Override
    public Integer call() {
        GeneratorKind generator;
        Map<String, String> options;
        try {
            generator = GeneratorKind.fromLabel(kind);
            options = kindOptions.given();
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage() + ".");
        }
        overwrite.checkWritable(output.out);
        ConsoleProgress progress = ConsoleProgress.forTerminal();
        Generators.Result result;
        try {
            result = Generators.generate(generator, rows, seeding.seed, options, output.out, progress);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage() + ".");
        } finally {
            progress.done();
        }
        spec.commandLine().getOut().printf("Wrote %,d rows of %s to %s (seed %d, %,d bytes).%n",
                result.rows(), generator.label(), result.file(), result.seed(), result.bytes());
        return ExitCodes.OK;
    }
}
