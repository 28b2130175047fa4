package org.clientele.app.cli;

import org.clientele.core.io.OutputFiles;
import org.clientele.sample.GeneratorKind;
import org.clientele.sample.Generators;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Unmatched;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code clientele generate KIND --rows N --out FILE}: seeded synthetic data of any size. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a seeded synthetic data set.",
                "The same seed gives the same bytes.",
                "KIND is one of:",
                "  transactions     a transaction log in the Online Retail layout (skew, seasonality, returns);",
                "                   options: --customers N --start DATE --end DATE --products N",
                "                   --missing-customer-share X --cancellation-share X --saturdays true|false",
                "  customers        a customer table with demographics and spend",
                "  egov             e-government platform behaviour, one row per user",
                "  egov-anonymised  the same as five z-scored anonymous features",
                "  blobs            numeric features from Gaussian blobs; options: --features N --blobs N",
                "                   --spread X --labels true|false",
                "A file name ending in .gz is written gzip-compressed."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "What to generate (see above).")
    String kind;

    @Option(names = "--rows", required = true, paramLabel = "N", description = "Rows (or customers) to write.")
    long rows;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output CSV file.")
    Path out;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    @Unmatched
    List<String> extra;

    @Override
    public Integer call() {
        GeneratorKind generator;
        Map<String, String> options;
        try {
            generator = GeneratorKind.fromLabel(kind);
            options = pairs(extra);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage() + ".");
        }
        OutputFiles.checkWritable(out, force);
        ConsoleProgress progress = ConsoleProgress.forTerminal();
        Generators.Result result;
        try {
            result = Generators.generate(generator, rows, seed, options, out, progress);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage() + ".");
        } finally {
            progress.done();
        }
        spec.commandLine().getOut().printf("Wrote %,d rows of %s to %s (seed %d, %,d bytes).%n",
                result.rows(), generator.label(), result.file(), result.seed(), result.bytes());
        return ExitCodes.OK;
    }

    /** Turns {@code --name value} and {@code --name=value} leftovers into the generator's options. */
    private static Map<String, String> pairs(List<String> args) {
        Map<String, String> map = new LinkedHashMap<>();
        if (args == null) {
            return map;
        }
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            int eq = arg.indexOf('=');
            if (eq > 0) {
                map.put(arg.substring(2, eq), arg.substring(eq + 1));
            } else if (i + 1 < args.size()) {
                map.put(arg.substring(2), args.get(++i));
            } else {
                throw new IllegalArgumentException("option " + arg + " needs a value");
            }
        }
        return map;
    }
}
