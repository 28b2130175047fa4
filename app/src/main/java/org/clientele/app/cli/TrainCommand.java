package org.clientele.app.cli;

import org.clientele.core.analysis.CustomerTables;
import org.clientele.core.analysis.MonitoringRun;
import org.clientele.core.analysis.TrainingResult;
import org.clientele.core.analysis.SimulatedSpend;
import org.clientele.core.analysis.TrainingRun;
import org.clientele.core.data.Table;
import org.clientele.core.monitor.ReferenceProfile;
import org.clientele.core.predict.ClassificationOptions;
import org.clientele.core.predict.ClassifierModels;
import org.clientele.core.predict.Exclusion;
import org.clientele.core.predict.InputScale;
import org.clientele.core.predict.ModelEntry;
import org.clientele.core.predict.ModelsReport;
import org.clientele.core.neural.NeuralModels;
import org.clientele.core.predict.RegressionModels;
import org.clientele.core.predict.RegressionOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code clientele train FILE --target COLUMN | --segments DIR --out DIR}: compare models, save the best. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Compare models on rows they did not train on; save the best one for 'predict'.",
                "Writes DIR/models.json and the model files.",
                "--target COLUMN predicts a numeric column (regression).",
                "--segments DIR learns the segments of a 'clientele segment' run (classification;",
                "outliers are left out).",
                "Features that are nearly a function of the target are left out and listed with",
                "the reason in DIR/models.json (excluded[]); --keep overrides that.",
                "A transaction log is first turned into a customer table exactly as 'rfm' does."})
final class TrainCommand implements Callable<Integer> {

    @Mixin
    CommonOptions.OutDir output;

    @Mixin
    CommonOptions.Seed seeding;

    @Mixin
    CommonOptions.Force overwrite;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Customer table or transaction log.")
    Path file;

    @Option(names = "--target", paramLabel = "COLUMN", description = "Numeric column to predict (regression).")
    String target;

    @Option(names = "--simulate-spend", description = {"For a table without spend: predict a clearly labelled",
            "SIMULATED spend made from a stated formula of its first three numeric columns plus seeded noise."})
    boolean simulateSpend;

    @Option(names = "--segments", paramLabel = "SEGDIR",
            description = "Output directory of 'clientele segment' whose segments to learn (classification).")
    Path segments;

    @Option(names = "--models", split = ",", paramLabel = "A,B,...",
            description = {"Models to compare (default: all built-in). Regression: " + "mean, linear, lasso, elastic-net, "
                    + "random-forest, xgboost, and the opt-in neural network dnn (TensorFlow; minutes, not",
                    "seconds: e.g. --models linear,random-forest,xgboost,dnn).",
                    "Classification: majority, logistic, random-forest, xgboost."})
    List<String> models;

    @Option(names = "--folds", defaultValue = "5", paramLabel = "N", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--test-fraction", defaultValue = "0.2", paramLabel = "F",
            description = "Share of rows held out for the test metrics (default: ${DEFAULT-VALUE}).")
    double testFraction;

    @Option(names = "--features", split = ",", paramLabel = "A,B,...",
            description = "Regression: columns to learn from (default: every numeric non-identifier column but the target).")
    List<String> features;

    @Option(names = "--keep", split = ",", paramLabel = "A,B,...", description = "Features the leakage guard must not leave out.")
    List<String> keep;

    @Option(names = "--log-target", defaultValue = "auto", paramLabel = "auto|always|never",
            description = "Regression: train on log1p of the target (default: ${DEFAULT-VALUE}, decided by cross-validation).")
    String logTarget;

    @Option(names = "--input-transform", defaultValue = "auto", paramLabel = "auto|raw|log1p|both",
            description = {"Regression: inputs of the linear and penalised models: raw columns, log1p of skewed",
                    "non-negative ones, or both side by side (default: ${DEFAULT-VALUE}, chosen per model by",
                    "cross-validation). Trees always get raw inputs."})
    String inputTransform;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() {
        if (simulateSpend && target != null) {
            throw new CliException(ExitCodes.USAGE, "--simulate-spend makes its own target; drop --target.");
        }
        if (simulateSpend) {
            target = SimulatedSpend.COLUMN;
        }
        if ((target == null) == (segments == null)) {
            throw new CliException(ExitCodes.USAGE, "name exactly one of --target COLUMN (regression) and "
                    + "--segments DIR (segment classifier).");
        }
        if (segments != null && (features != null || keep != null)) {
            throw new CliException(ExitCodes.USAGE, "--features and --keep apply to --target only; the segment "
                    + "classifier learns from the features the segments were found on.");
        }
        if (folds < 2) {
            throw new CliException(ExitCodes.USAGE, "--folds must be at least 2.");
        }
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new CliException(ExitCodes.USAGE, "--test-fraction must be between 0 and 1.");
        }
        overwrite.checkWritable(output.out.resolve("models.json"));
        overwrite.checkWritable(output.out.resolve("bundle.json"));
        ConsoleProgress progress = ConsoleProgress.forTerminal();
        TrainingResult result;
        Table table;
        try {
            table = CustomerTables.load(file, input.toReadOptions(), progress.slice(0, 0.1));
            result = simulateSpend
                    ? TrainingRun.simulatedSpendRegression(file, table, seeding.seed, features, regressionOptions(), progress.slice(0.1, 1))
                    : target != null
                    ? TrainingRun.regression(file, table, target, features, regressionOptions(), progress.slice(0.1, 1))
                    : TrainingRun.segmentClassifier(file, table, segments, classificationOptions(), progress.slice(0.1, 1));
        } finally {
            progress.done();
        }
        ReferenceProfile reference = MonitoringRun.reference(file, table, result.bundle());
        result.bundle().save(output.out);
        reference.save(output.out);
        print(spec.commandLine().getOut(), result);
        return ExitCodes.OK;
    }

    private RegressionOptions regressionOptions() {
        RegressionOptions o = RegressionOptions.defaults();
        List<String> chosen = models == null || models.isEmpty() ? RegressionModels.ALL
                : checkModels(models, NeuralModels.withBuiltIn(RegressionModels.ALL));
        RegressionOptions.LogTarget log = switch (logTarget.toLowerCase(Locale.ROOT)) {
            case "auto" -> RegressionOptions.LogTarget.AUTO;
            case "always" -> RegressionOptions.LogTarget.ALWAYS;
            case "never" -> RegressionOptions.LogTarget.NEVER;
            default -> throw new CliException(ExitCodes.USAGE, "--log-target must be auto, always or never, not '"
                    + logTarget + "'.");
        };
        List<InputScale> scales;
        try {
            scales = inputTransform.equalsIgnoreCase("auto") ? InputScale.ALL : List.of(InputScale.of(inputTransform));
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, "--input-transform must be auto, raw, log1p or both, not '"
                    + inputTransform + "'.");
        }
        try {
            o = o.toBuilder().inputScales(scales).target(target).models(chosen).testFraction(testFraction).folds(folds).seed(seeding.seed)
                    .logTarget(log).keep(keep == null ? List.of() : keep).build();
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage() + ".");
        }
        return o;
    }

    private ClassificationOptions classificationOptions() {
        try {
            return ClassificationOptions.builder().models(checkModels(models, ClassifierModels.ALL))
                    .testFraction(testFraction).folds(folds).seed(seeding.seed).build();
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage() + ".");
        }
    }


    private static List<String> checkModels(List<String> requested, List<String> known) {
        if (requested == null || requested.isEmpty()) {
            return known;
        }
        List<String> chosen = requested.stream().map(m -> m.trim().toLowerCase(Locale.ROOT)).distinct().toList();
        for (String m : chosen) {
            if (!known.contains(m)) {
                throw new CliException(ExitCodes.USAGE, "unknown model '" + m + "' in --models; choose from "
                        + String.join(", ", known) + ".");
            }
        }
        return chosen;
    }

    private void print(PrintWriter console, TrainingResult result) {
        ModelsReport r = result.report();
        boolean regression = r.task().equals("regression");
        console.printf("%s of '%s' on %d feature%s (%,d rows, %d-fold CV; test metrics on %.0f%% held-out rows).%n",
                regression ? "Regression" : "Segment classifier", r.target(), r.features().size(),
                r.features().size() == 1 ? "" : "s", result.rows(), folds, testFraction * 100);
        if (regression) {
            console.printf("  %-14s %12s %12s %8s   %-20s %-20s %8s  %s%n", "model", "RMSE", "MAE", "R2",
                    "CV R2 (train part)", "CV R2 (whole table)", "time", "inputs");
            for (ModelEntry m : r.models()) {
                console.printf("%s %-14s %12s %12s %8s   %-20s %-20s %8s  %s%n", mark(m, r), m.name(), num(m.rmse(), 4),
                        num(m.mae(), 4), num(m.r2(), 3), num(m.cvR2Mean(), 3) + " +/- " + num(m.cvR2Std(), 3),
                        m.tableCvR2Mean() == null ? "-" : num(m.tableCvR2Mean(), 3) + " +/- " + num(m.tableCvR2Std(), 3),
                        m.seconds() == null ? "-" : String.format(Locale.ROOT, "%.1f s", m.seconds()), inputs(m));
            }
            if (r.validation() != null) {
                console.println("  R2, RMSE, MAE: " + r.validation().r2() + ".");
                console.println("  CV R2 (train part): " + r.validation().cvR2Mean() + ".");
                if (r.validation().tableCvR2Mean() != null) {
                    console.println("  CV R2 (whole table): " + r.validation().tableCvR2Mean() + ".");
                }
            }
        } else {
            console.printf("  %-14s %9s %9s   %s%n", "model", "accuracy", "macro-F1", "CV accuracy (mean +/- std)");
            for (ModelEntry m : r.models()) {
                console.printf("%s %-14s %9s %9s   %s +/- %s%n", mark(m, r), m.name(), num(m.accuracy(), 3),
                        num(m.macroF1(), 3), num(m.cvAccuracyMean(), 3), num(m.cvAccuracyStd(), 3));
            }
        }
        console.printf("Best: %s (highest %s).%n", r.best(), r.bestChosenBy());
        if (!r.excluded().isEmpty()) {
            console.println("Left out:");
            for (Exclusion e : r.excluded()) {
                console.printf("  %s: %s%n", e.feature(), e.reason());
            }
            if ("regression".equals(r.task())) {
                console.println("  (--keep NAME trains with a left-out feature after all.)");
            }
        }
        for (String w : r.warnings()) {
            console.println("Warning: " + w);
        }
        for (String note : result.notes()) {
            console.println("Note: " + note);
        }
        console.println("Wrote " + output.out.resolve("models.json") + " and the model files; score new rows with "
                + "'clientele predict " + output.out + " FILE --out PREDICTIONS.csv'.");
    }

    /** The input transform and, when several were compared, each one's CV R². */
    private static String inputs(ModelEntry m) {
        if (m.inputTransform() == null) {
            return "";
        }
        if (m.inputTransformCvR2() == null || m.inputTransformCvR2().isEmpty()) {
            return m.inputTransform();
        }
        StringBuilder b = new StringBuilder(m.inputTransform()).append(" (");
        m.inputTransformCvR2().forEach((k, v) -> b.append(b.charAt(b.length() - 1) == '(' ? "" : ", ")
                .append(k).append(' ').append(num(v, 3)));
        return b.append(')').toString();
    }

    private static String mark(ModelEntry m, ModelsReport r) {
        return m.name().equals(r.best()) ? "*" : " ";
    }

    private static String num(Double v, int significant) {
        if (v == null || v.isNaN() || v.isInfinite()) {
            return "-";
        }
        double a = Math.abs(v);
        if (a >= 1e7) {
            return String.format(Locale.ROOT, "%.3e", v);
        }
        int decimals = a == 0 ? significant : Math.max(0, significant - 1 - (int) Math.floor(Math.log10(a)));
        String text = String.format(Locale.ROOT, "%,." + Math.min(decimals, significant) + "f", v);
        return text.matches("-[0.,]+") ? text.substring(1) : text;
    }
}
