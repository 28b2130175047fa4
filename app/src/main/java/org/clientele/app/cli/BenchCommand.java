package org.clientele.app.cli;

import org.clientele.core.transactions.RfmBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * {@code clientele bench STAGE FILE}: times a stage inside one JVM after warm-up runs, so speed goals are
 * measured and reported rather than asserted in tests.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Time a stage inside one JVM after warm-up runs.",
                "Warm-up runs first, then measured runs; prints the median.",
                "STAGE: rfm (clean + customer table of a transaction log)."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STAGE", description = "rfm")
    String stage;

    @Parameters(index = "1", paramLabel = "FILE", description = "Input file.")
    Path file;

    @Option(names = "--warmup", defaultValue = "3", paramLabel = "N", description = "Warm-up runs (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--runs", defaultValue = "5", paramLabel = "N", description = "Measured runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() {
        if (runs < 1 || warmup < 0) {
            throw new CliException(ExitCodes.USAGE, "--runs must be at least 1 and --warmup at least 0.");
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (stage) {
            case "rfm" -> {
                RfmBenchmark.Result r = RfmBenchmark.run(file, warmup, runs);
                out.printf("rfm %s: %,d rows read, %,d kept, %,d customers, revenue %,.2f%n", file.getFileName(),
                        r.rowsRead(), r.rowsKept(), r.customers(), r.revenue());
                out.printf("median %.3f s over %d runs after %d warm-up (runs: %s); peak heap %,d MB%n",
                        r.medianSeconds(), runs, warmup, seconds(r.seconds()), r.peakHeapBytes() >> 20);
            }
            default -> throw new CliException(ExitCodes.USAGE, "unknown stage '" + stage + "'; choose rfm.");
        }
        return ExitCodes.OK;
    }

    static String seconds(double[] values) {
        return String.join(" ", Arrays.stream(values).mapToObj(v -> String.format("%.3f", v)).toList());
    }
}
