package org.clientele.app.ui.models;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clientele.app.ui.WorkbenchState;
import org.clientele.app.ui.common.BackgroundWork;
import org.clientele.app.ui.common.ErrorDialogService;
import org.clientele.app.ui.common.ErrorDialogs;
import org.clientele.app.ui.common.TaskRunner;
import org.clientele.core.analysis.OpenedDataset;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.analysis.TrainingResult;
import org.clientele.core.analysis.TrainingRun;
import org.clientele.core.data.Table;
import org.clientele.core.predict.ClassificationOptions;
import org.clientele.core.predict.ClassifierModels;
import org.clientele.core.predict.RegressionModels;
import org.clientele.core.predict.RegressionOptions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * State of the Models tab: which models to train on what, the training itself (through the TaskRunner),
 * and the trained results, which live in {@link WorkbenchState} so the Lookup tab sees them.
 */
public final class ModelsViewModel {

    /** Spend-model candidates checked by default: quick to fit, and together a fair comparison. */
    public static final Set<String> FAST_SPEND_MODELS = Set.of(RegressionModels.MEAN, RegressionModels.LINEAR,
            RegressionModels.LASSO, RegressionModels.RANDOM_FOREST);
    /** Words that mark a column as spending or value, for the default target. */
    private static final List<String> SPEND_WORDS = List.of("monetary", "spend", "revenue", "sales", "clv",
            "value", "amount", "total");

    private final WorkbenchState state;
    private final TaskRunner runner;
    private final ReadOnlyBooleanWrapper trainingClassifier = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper trainingSpend = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> targets = FXCollections.observableArrayList();
    private final StringProperty target = new SimpleStringProperty();
    private final Map<String, BooleanProperty> spendModels = new LinkedHashMap<>();
    private final ErrorDialogService dialogs;
    private final Map<String, BooleanProperty> classifierModels = new LinkedHashMap<>();
    private final int classifierTrees;

    /** Classifier candidates checked by default; Tribuo's random forest takes longest and is left to the user. */
    public static final List<String> FAST_CLASSIFIERS = List.of(ClassifierModels.MAJORITY, ClassifierModels.LOGISTIC,
            ClassifierModels.XGBOOST);

    /** @deprecated pass the window's dialog service: failures here show as alerts without an owner */
    @Deprecated
    public ModelsViewModel(WorkbenchState state, TaskRunner runner) {
        this(state, runner, ErrorDialogs.unowned());
    }

    /** @param dialogs where a failed training is reported (cancelling reports nothing) */
    public ModelsViewModel(WorkbenchState state, TaskRunner runner, ErrorDialogService dialogs) {
        this(state, runner, dialogs, FAST_CLASSIFIERS, 100);
    }

    /** @deprecated pass the window's dialog service */
    @Deprecated
    public ModelsViewModel(WorkbenchState state, TaskRunner runner, List<String> classifierModels, int classifierTrees) {
        this(state, runner, ErrorDialogs.unowned(), classifierModels, classifierTrees);
    }

    /** @param classifierModels the classifier candidates to compare; @param classifierTrees random-forest size */
    public ModelsViewModel(WorkbenchState state, TaskRunner runner, ErrorDialogService dialogs,
                           List<String> classifierModels, int classifierTrees) {
        this.state = state;
        this.runner = runner;
        this.dialogs = dialogs;
        for (String m : ClassifierModels.ALL) {
            this.classifierModels.put(m, new SimpleBooleanProperty(classifierModels.contains(m)));
        }
        this.classifierTrees = classifierTrees;
        for (String m : RegressionModels.ALL) {
            spendModels.put(m, new SimpleBooleanProperty(FAST_SPEND_MODELS.contains(m)));
        }
        state.datasetProperty().addListener((obs, old, now) -> updateTargets(now));
        updateTargets(state.datasetProperty().get());
    }

    private void updateTargets(OpenedDataset d) {
        if (d == null) {
            targets.clear();
            target.set(null);
            return;
        }
        Table table = d.customerTable();
        targets.setAll(table.numericFeatureColumns());
        target.set(defaultTarget(targets));
    }

    /** {@code monetary} when present, else the first column whose name speaks of spending, else the first one. */
    static String defaultTarget(List<String> columns) {
        if (columns.isEmpty()) {
            return null;
        }
        for (String word : SPEND_WORDS) {
            for (String c : columns) {
                if (c.toLowerCase(Locale.ROOT).contains(word)) {
                    return c;
                }
            }
        }
        return columns.get(0);
    }

    /** Trains the segment classifier on the current segmentation; publishes it to the workbench state. */
    public void trainClassifier() {
        OpenedDataset d = state.datasetProperty().get();
        SegmentationReport s = state.segmentationProperty().get();
        if (d == null || s == null || trainingClassifier.get()) {
            return;
        }
        List<String> models = chosen(classifierModels);
        if (models.isEmpty()) {
            return;
        }
        trainingClassifier.set(true);
        ClassificationOptions o = ClassificationOptions.defaults().withModels(models)
                .withForestTrees(classifierTrees);
        BackgroundWork.of("Training the segment classifier",
                        p -> TrainingRun.segmentClassifier(d.file(), d.customerTable(), s, o, p))
                .onSucceeded(result -> {
                    // A segmentation or file that changed while training makes this result stale.
                    if (state.segmentationProperty().get() == s && state.datasetProperty().get() == d) {
                        state.segmentClassifierProperty().set(result);
                    }
                })
                .onFailed(e -> dialogs.showError("Could not train the segment classifier", e))
                .onFinished(() -> trainingClassifier.set(false))
                .runWith(runner);
    }

    /** Trains the chosen spend models on the chosen target; publishes the best to the workbench state. */
    public void trainSpend() {
        OpenedDataset d = state.datasetProperty().get();
        String t = target.get();
        List<String> models = chosenSpendModels();
        if (d == null || t == null || models.isEmpty() || trainingSpend.get()) {
            return;
        }
        trainingSpend.set(true);
        RegressionOptions o = RegressionOptions.defaults().withModels(models);
        BackgroundWork.of("Training the spend model on " + t,
                        p -> TrainingRun.regression(d.file(), d.customerTable(), t, null, o, p))
                .onSucceeded(result -> {
                    if (state.datasetProperty().get() == d) {
                        state.spendModelProperty().set(result);
                    }
                })
                .onFailed(e -> dialogs.showError("Could not train the spend model", e))
                .onFinished(() -> trainingSpend.set(false))
                .runWith(runner);
    }

    public List<String> chosenSpendModels() {
        return chosen(spendModels);
    }

    private static List<String> chosen(Map<String, BooleanProperty> models) {
        return models.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
    }

    /** One checkbox state per classifier name, in report order. */
    public Map<String, BooleanProperty> classifierModels() {
        return classifierModels;
    }

    /** One checkbox state per regression model name, in report order. */
    public Map<String, BooleanProperty> spendModels() {
        return spendModels;
    }

    public ObservableList<String> targets() {
        return targets;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public ObjectProperty<TrainingResult> classifierProperty() {
        return state.segmentClassifierProperty();
    }

    public ObjectProperty<TrainingResult> spendProperty() {
        return state.spendModelProperty();
    }

    public ReadOnlyBooleanProperty trainingClassifierProperty() {
        return trainingClassifier.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty trainingSpendProperty() {
        return trainingSpend.getReadOnlyProperty();
    }

    /** True when the classifier can be trained: a file is open and segmented, and no training runs. */
    public BooleanBinding canTrainClassifier() {
        return state.datasetProperty().isNotNull().and(state.segmentationProperty().isNotNull())
                .and(trainingClassifier.not());
    }

    public BooleanBinding canTrainSpend() {
        return state.datasetProperty().isNotNull().and(target.isNotNull()).and(trainingSpend.not());
    }

    /** What the classifier section says above its results: what to do next, or what was trained. */
    public StringBinding classifierStatus() {
        return Bindings.createStringBinding(() -> {
            if (state.datasetProperty().get() == null) {
                return "Open a file first (File ▸ Open, or the sample).";
            }
            SegmentationReport s = state.segmentationProperty().get();
            if (s == null) {
                return "Run a segmentation in the Segments tab first; then train a classifier here to assign "
                        + "new customers to its segments.";
            }
            TrainingResult r = state.segmentClassifierProperty().get();
            if (r == null) {
                return String.format("%d segments of %,d customers are ready: train to compare the checked models.",
                        s.result().k(), s.rowIds().size());
            }
            return summary(r, "segment classifier");
        }, state.datasetProperty(), state.segmentationProperty(), state.segmentClassifierProperty());
    }

    public StringBinding spendStatus() {
        return Bindings.createStringBinding(() -> {
            if (state.datasetProperty().get() == null) {
                return "Open a file first (File ▸ Open, or the sample).";
            }
            TrainingResult r = state.spendModelProperty().get();
            if (r == null) {
                return "Choose the column to predict and the models to compare, then train.";
            }
            return summary(r, "model of '" + r.report().target() + "'");
        }, state.datasetProperty(), state.spendModelProperty());
    }

    private static String summary(TrainingResult r, String what) {
        String text = String.format("Best %s: %s (highest %s), trained on %,d customers; test scores on %s held-out rows.",
                what, r.report().best(), chosenBy(r.report().bestChosenBy()), r.rows(),
                r.report().provenance() == null ? "the" : String.format("%,d", ((Number) r.report().provenance()
                        .getOrDefault("testRows", 0)).intValue()));
        for (String note : r.notes()) {
            text += "\n" + note.substring(0, 1).toUpperCase(Locale.ROOT) + note.substring(1) + ".";
        }
        for (String w : r.report().warnings()) {
            text += "\nCheck: " + w;
        }
        return text;
    }

    private static String chosenBy(String key) {
        return switch (key == null ? "" : key) {
            case "cvMacroF1Mean" -> "cross-validated macro-F1";
            case "cvAccuracyMean" -> "cross-validated accuracy";
            case "cvR2Mean" -> "cross-validated R²";
            default -> key;
        };
    }

}
