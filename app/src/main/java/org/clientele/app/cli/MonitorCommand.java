package org.clientele.app.cli;

import org.clientele.core.analysis.CustomerTables;
import org.clientele.core.analysis.MonitoringRun;
import org.clientele.core.data.Table;
import org.clientele.core.io.Json;
import org.clientele.core.monitor.DriftReport;
import org.clientele.core.monitor.PopulationStability;
import org.clientele.core.monitor.ReferenceProfile;
import org.clientele.core.predict.ModelBundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code clientele monitor MODELDIR NEWFILE}: do today's customers still look like the model's training data? */
@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = {"Check whether new customers still look like a saved model's training data.",
                "Compare NEWFILE with the data the model in MODELDIR was trained on: the population",
                "stability index (PSI) of every feature in ten training-quantile bins (below 0.1 stable,",
                "0.1-0.25 a shift to watch, above 0.25 retrain), the shift of segment shares and of the",
                "classifier's confidence, the share of customers unlike the training data, or the PSI of a",
                "regressor's predictions; and one verdict line. Writes MODELDIR/monitor.json unless --out is given."})
final class MonitorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODELDIR", description = "Output directory of 'clientele train'.")
    Path modelDir;

    @Parameters(index = "1", paramLabel = "NEWFILE", description = "Customer table or transaction log to compare.")
    Path file;

    @Option(names = "--out", paramLabel = "MONITOR.json", description = "Where to write the report (default: MODELDIR/monitor.json).")
    Path out;

    @Mixin
    CommonOptions.Force overwrite;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() {
        Path target = out != null ? out : modelDir.resolve("monitor.json");
        overwrite.checkWritable(target);
        ModelBundle bundle = PredictCommand.load(modelDir);
        ReferenceProfile reference = ReferenceProfile.read(modelDir);
        ConsoleProgress progress = ConsoleProgress.forTerminal();
        DriftReport report;
        try {
            Table table = CustomerTables.load(file, input.toReadOptions(), progress);
            report = MonitoringRun.drift(file, table, bundle, reference);
        } finally {
            progress.done();
        }
        Json.write(target, report);
        print(spec.commandLine().getOut(), report, target);
        return ExitCodes.OK;
    }

    private static void print(PrintWriter console, DriftReport r, Path target) {
        console.printf("%,d customers compared with %,d training customers.%n", r.rows(), r.referenceRows());
        console.printf("%-32s %7s  %s%n", "feature", "PSI", "reading");
        r.features().forEach(f -> console.printf(Locale.ROOT, "%-32s %7.3f  %s%n", f.feature(), f.psi(), reading(f.verdict())));
        r.segments().forEach(s -> console.printf(Locale.ROOT, "  %s. %s: %.1f%% → %.1f%%%n", s.segment(), s.name(),
                100 * s.reference(), 100 * s.current()));
        console.println(r.summary());
        console.println("Wrote " + target + ".");
    }

    private static String reading(PopulationStability.Verdict v) {
        return switch (v) {
            case STABLE -> "stable";
            case SHIFT -> "shift, watch it";
            case RETRAIN -> "changed, retrain";
        };
    }
}
