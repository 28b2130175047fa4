package org.clientele.app.cli;

import org.clientele.core.analysis.CustomerTables;
import org.clientele.core.analysis.PredictionRun;
import org.clientele.core.analysis.ScaleOutEngine;
import org.clientele.core.data.Table;
import org.clientele.core.predict.ModelBundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code clientele predict MODELDIR FILE --out PREDICTIONS.csv}: score new rows with a model saved by 'train'. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = {"Score every row of FILE with the model 'clientele train' saved in MODELDIR.",
                "--out is the predictions file.",
                "A regressor writes 'prediction'. A segment classifier writes 'segment',",
                "'segment_name', 'confidence' (the probability of that segment) and",
                "'out_of_distribution' (true when the customer is unlike every training customer).",
                "A transaction log is first turned into a customer table exactly as 'rfm' does."})
final class PredictCommand implements Callable<Integer> {

    @Mixin
    CommonOptions.OutFile output;

    @Mixin
    CommonOptions.Force overwrite;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODELDIR", description = "Output directory of 'clientele train'.")
    Path modelDir;

    @Parameters(index = "1", paramLabel = "FILE", description = "Customer table or transaction log to score.")
    Path file;

    @Option(names = "--impute-missing",
            description = "Score even when FILE lacks some of the model's feature columns, using their training medians.")
    boolean imputeMissing;

    @Mixin
    InputOptions input;

    @Mixin
    EngineOptions engines;

    @Override
    public Integer call() {
        overwrite.checkWritable(output.out);
        ModelBundle bundle = load(modelDir);
        try (ScaleOutEngine engine = engines.open()) {
            if (engine != null) {
                return scoreOn(engine, bundle);
            }
        }
        ConsoleProgress progress = ConsoleProgress.forTerminal();
        PredictionRun.Predictions predictions;
        try {
            // Tenure and age are derived as of the training table's date, so one new row reads like the old ones.
            Table table = CustomerTables.load(file, input.toReadOptions(), progress, bundle.derivedAsOf());
            predictions = PredictionRun.score(file, table, bundle, imputeMissing);
        } finally {
            progress.done();
        }
        PrintWriter err = spec.commandLine().getErr();
        for (String w : predictions.warnings()) {
            err.println("warning: " + w + ".");
        }
        err.flush();
        predictions.writeCsv(output.out);
        PrintWriter console = spec.commandLine().getOut();
        if (predictions.task().equals("regression")) {
            console.printf("Predicted '%s' for %,d rows with %s. Wrote %s.%n", bundle.target(),
                    predictions.rowCount(), bundle.modelName(), output.out);
        } else {
            long ood = predictions.outOfDistributionCount();
            console.printf("Assigned %,d rows to segments with %s%s. Wrote %s.%n", predictions.rowCount(),
                    bundle.modelName(), ood == 0 ? "" : String.format(" (%,d unlike any training customer)", ood), output.out);
        }
        return ExitCodes.OK;
    }

    /** predict --engine spark: the engine scores and writes; the summary is the in-process one. */
    private int scoreOn(ScaleOutEngine engine, ModelBundle bundle) {
        ConsoleProgress progress = ConsoleProgress.forTerminal();
        ScaleOutEngine.Scored scored;
        try {
            scored = engine.score(modelDir, EngineOptions.location(spec, file), input.toReadOptions(), imputeMissing,
                    output.out, progress);
        } finally {
            progress.done();
        }
        PrintWriter err = spec.commandLine().getErr();
        for (String w : scored.warnings()) {
            err.println("warning: " + w + ".");
        }
        err.flush();
        PrintWriter console = spec.commandLine().getOut();
        if (scored.task().equals("regression")) {
            console.printf("Predicted '%s' for %,d rows with %s on %s. Wrote %s.%n", bundle.target(), scored.rows(),
                    bundle.modelName(), engine.describe(), output.out);
        } else {
            console.printf("Assigned %,d rows to segments with %s on %s%s. Wrote %s.%n", scored.rows(),
                    bundle.modelName(), engine.describe(), scored.outOfDistribution() == 0 ? ""
                            : String.format(" (%,d unlike any training customer)", scored.outOfDistribution()), output.out);
        }
        return ExitCodes.OK;
    }

    static ModelBundle load(Path dir) {
        return ModelBundle.load(dir);
    }
}
