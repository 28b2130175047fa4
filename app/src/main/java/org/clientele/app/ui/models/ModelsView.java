package org.clientele.app.ui.models;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.dataset.spi.DoubleDataSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.clientele.app.ui.common.HorizontalBars;
import org.clientele.app.ui.common.PngExport;
import org.clientele.core.analysis.TrainingResult;
import org.clientele.core.predict.ClassificationMetrics.ClassScore;
import org.clientele.core.predict.Exclusion;
import org.clientele.core.predict.HeldOutPrediction;
import org.clientele.core.predict.Importance;
import org.clientele.core.predict.ModelEntry;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The Models tab: train and compare the segment classifier and the spend model. */
public final class ModelsView {

    private final ModelsViewModel model;
    private final TabPane root = new TabPane();
    private final TableView<ModelEntry> classifierTable = new TableView<>();
    private final TableView<ClassScore> perSegment = new TableView<>();
    private final ConfusionGrid confusion = new ConfusionGrid();
    private final HorizontalBars classifierImportance = new HorizontalBars(false);
    private final VBox classifierResults = new VBox(10);
    private final TableView<ModelEntry> spendTable = new TableView<>();
    private final VBox excluded = new VBox(2);
    private final DoubleDataSet predicted = new DoubleDataSet("held-out customers");
    private final DoubleDataSet diagonal = new DoubleDataSet("predicted = actual");
    private final DoubleDataSet residuals = new DoubleDataSet("residuals");
    private final DoubleDataSet zero = new DoubleDataSet("zero");
    private final XYChart scatter = Charts.scatter("Predicted vs actual (held-out customers)", "actual", "predicted",
            predicted, diagonal);
    private final XYChart residualChart = Charts.scatter("Residuals (actual − predicted)", "predicted", "residual",
            residuals, zero);
    private final HorizontalBars spendImportance = new HorizontalBars(false);
    private final VBox spendResults = new VBox(10);

    public ModelsView(ModelsViewModel model) {
        this.model = model;
        root.setId("models-sections");
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.getTabs().addAll(section("Assign new customers to segments", "tab-models-classifier", classifierSection()),
                section("Predict spending / value", "tab-models-spend", spendSection()));
        model.classifierProperty().addListener((obs, old, r) -> showClassifier(r));
        model.spendProperty().addListener((obs, old, r) -> showSpend(r));
        showClassifier(model.classifierProperty().get());
        showSpend(model.spendProperty().get());
    }

    public Parent root() {
        return root;
    }

    private static Tab section(String title, String id, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Tab tab = new Tab(title, scroll);
        tab.setId(id);
        return tab;
    }

    private Node classifierSection() {
        Label status = wrapped();
        status.setId("models-classifier-status");
        status.textProperty().bind(model.classifierStatus());
        Button train = new Button("Train classifier");
        train.setId("models-train-classifier");
        train.setDefaultButton(true);
        train.disableProperty().bind(model.canTrainClassifier().not());
        train.setOnAction(e -> model.trainClassifier());
        HBox controls = controls(checkboxes(model.classifierModels(), "models-classifier-"), train);

        classifierTable.setId("models-classifier-table");
        classifierTable.getColumns().setAll(List.of(bestColumn(), text("Model", ModelEntry::name, 130),
                text("Accuracy", m -> Fmt.num(m.accuracy(), 3), 90), text("Macro-F1", m -> Fmt.num(m.macroF1(), 3), 90),
                text("CV accuracy (mean ± std)", m -> Fmt.meanStd(m.cvAccuracyMean(), m.cvAccuracyStd(), 3), 215),
                text("CV macro-F1 (mean ± std)", m -> Fmt.meanStd(m.cvMacroF1Mean(), m.cvMacroF1Std(), 3), 215)));
        perSegment.setId("models-per-segment");
        perSegment.getColumns().setAll(List.of(text2("Segment", ClassScore::name, 200),
                text2("Precision", s -> Fmt.num(s.precision(), 3), 80), text2("Recall", s -> Fmt.num(s.recall(), 3), 80),
                text2("F1", s -> Fmt.num(s.f1(), 3), 70), text2("Customers", s -> String.valueOf(s.support()), 85)));
        perSegment.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        perSegment.setPrefWidth(540);
        PngExport.install(confusion, "confusion-matrix");
        PngExport.install(classifierImportance, "classifier-importance");

        VBox matrix = new VBox(6, title("Confusion matrix of the best model (held-out customers)"), confusion);
        VBox scores = new VBox(6, title("Per segment (held-out customers)"), perSegment);
        FlowPane details = new FlowPane(24, 12, matrix, scores);
        classifierResults.getChildren().addAll(title("Model comparison (★ = best)"), classifierTable, details,
                title("What the best model relies on (permutation importance, accuracy lost when a feature is shuffled)"),
                classifierImportance);
        return page(status, controls, classifierResults);
    }

    private Node spendSection() {
        Label status = wrapped();
        status.setId("models-spend-status");
        status.textProperty().bind(model.spendStatus());
        ComboBox<String> target = new ComboBox<>(model.targets());
        target.setId("models-spend-target");
        target.valueProperty().bindBidirectional(model.targetProperty());
        Button train = new Button("Train spend model");
        train.setId("models-train-spend");
        train.disableProperty().bind(model.canTrainSpend().not());
        train.setOnAction(e -> model.trainSpend());
        HBox targetRow = new HBox(8, new Label("Predict"), target);
        targetRow.setAlignment(Pos.CENTER_LEFT);
        HBox controls = controls(checkboxes(model.spendModels(), "models-spend-"), train);

        spendTable.setId("models-spend-table");
        spendTable.getColumns().setAll(List.of(bestColumn(), text("Model", ModelEntry::name, 130),
                text("RMSE", m -> Fmt.num(m.rmse(), 4), 100), text("MAE", m -> Fmt.num(m.mae(), 4), 100),
                text("R²", m -> Fmt.num(m.r2(), 3), 70),
                text("CV R² (mean ± std)", m -> Fmt.meanStd(m.cvR2Mean(), m.cvR2Std(), 3), 180),
                text("CV R², whole table", m -> m.tableCvR2Mean() == null ? "–"
                        : Fmt.meanStd(m.tableCvR2Mean(), m.tableCvR2Std(), 3), 160),
                text("Inputs", m -> m.inputTransform() == null ? "" : m.inputTransform(), 70),
                text("Settings", ModelEntry::settings, 220)));
        excluded.setId("models-excluded");
        PngExport.install(scatter, "predicted-vs-actual");
        PngExport.install(residualChart, "residuals");
        PngExport.install(spendImportance, "spend-importance");
        HBox.setHgrow(scatter, Priority.ALWAYS);
        HBox.setHgrow(residualChart, Priority.ALWAYS);
        HBox charts = new HBox(12, scatter, residualChart);
        spendResults.getChildren().addAll(title("Model comparison (★ = best)"), spendTable,
                title("Left out of the features"), excluded, charts,
                title("What the best model relies on (permutation importance, with its spread over repeats)"),
                spendImportance);
        return page(status, new VBox(8, targetRow, controls), spendResults);
    }

    private void showClassifier(TrainingResult r) {
        classifierResults.setVisible(r != null);
        classifierResults.setManaged(r != null);
        if (r == null) {
            classifierTable.getItems().clear();
            return;
        }
        setRows(classifierTable, r.report().models());
        List<String> names = r.bundle().segmentNames();
        if (r.bestMetrics() != null) {
            confusion.show(r.bestMetrics().confusion(), names);
            List<ClassScore> rows = r.bestMetrics().perClass();
            perSegment.getItems().setAll(java.util.stream.IntStream.range(0, rows.size()).mapToObj(i -> new ClassScore(
                    names.get(i), rows.get(i).precision(), rows.get(i).recall(), rows.get(i).f1(), rows.get(i).support()))
                    .toList());
            perSegment.setFixedCellSize(26);
            perSegment.setPrefHeight(26 * rows.size() + 34);
        }
        classifierImportance.show(importanceBars(r.report().importances(), 3));
    }

    private void showSpend(TrainingResult r) {
        spendResults.setVisible(r != null);
        spendResults.setManaged(r != null);
        if (r == null) {
            spendTable.getItems().clear();
            return;
        }
        setRows(spendTable, r.report().models());
        excluded.getChildren().clear();
        for (Exclusion e : r.report().excluded()) {
            excluded.getChildren().add(new Label(e.feature() + " — " + e.reason()));
        }
        if (r.report().excluded().isEmpty()) {
            excluded.getChildren().add(new Label("Nothing: every numeric column is a feature."));
        }
        List<HeldOutPrediction> rows = r.heldOut();
        double[] actual = rows.stream().mapToDouble(HeldOutPrediction::actual).toArray();
        double[] pred = rows.stream().mapToDouble(HeldOutPrediction::predicted).toArray();
        double[] res = rows.stream().mapToDouble(HeldOutPrediction::residual).toArray();
        predicted.set(actual, pred);
        double lo = Math.min(min(actual), min(pred));
        double hi = Math.max(max(actual), max(pred));
        diagonal.set(new double[] {lo, hi}, new double[] {lo, hi});
        residuals.set(pred, res);
        zero.set(new double[] {min(pred), max(pred)}, new double[] {0, 0});
        String target = r.report().target();
        scatter.getXAxis().setName("actual " + target);
        scatter.getYAxis().setName("predicted " + target);
        residualChart.getXAxis().setName("predicted " + target);
        residualChart.getYAxis().setName("actual − predicted");
        spendImportance.show(importanceBars(r.report().importances(), 4));
    }

    private static List<HorizontalBars.Bar> importanceBars(List<Importance> importances, int digits) {
        if (importances == null) {
            return List.of();
        }
        return importances.stream().limit(15).map(i -> new HorizontalBars.Bar(i.feature(), i.importance(), i.std(),
                Fmt.num(i.importance(), digits) + " ± " + Fmt.num(i.std(), 2))).toList();
    }

    private static void setRows(TableView<ModelEntry> table, List<ModelEntry> rows) {
        table.getItems().setAll(rows);
        table.setFixedCellSize(26);
        table.setPrefHeight(26 * rows.size() + 34);
        table.setMinHeight(Region.USE_PREF_SIZE);
    }

    private TableColumn<ModelEntry, String> bestColumn() {
        TableColumn<ModelEntry, String> best = text("", m -> {
            TrainingResult c = model.classifierProperty().get();
            TrainingResult s = model.spendProperty().get();
            boolean isBest = (c != null && c.report().models().contains(m) && m.name().equals(c.report().best()))
                    || (s != null && s.report().models().contains(m) && m.name().equals(s.report().best()));
            return isBest ? "★" : "";
        }, 30);
        best.setSortable(false);
        return best;
    }

    private static HBox controls(List<CheckBox> boxes, Button train) {
        HBox row = new HBox(10);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getChildren().add(new Label("Models:"));
        row.getChildren().addAll(boxes);
        FlowPane flow = new FlowPane(10, 6);
        flow.getChildren().addAll(row.getChildren());
        HBox.setHgrow(flow, Priority.ALWAYS);
        HBox all = new HBox(16, flow, train);
        all.setAlignment(Pos.CENTER_LEFT);
        return all;
    }

    private static List<CheckBox> checkboxes(Map<String, BooleanProperty> models, String idPrefix) {
        return models.entrySet().stream().map(e -> {
            CheckBox box = new CheckBox(e.getKey());
            box.setId(idPrefix + e.getKey());
            box.selectedProperty().bindBidirectional(e.getValue());
            return box;
        }).toList();
    }

    private static VBox page(Node... children) {
        VBox page = new VBox(10, children);
        page.setPadding(new Insets(12));
        return page;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        l.setWrapText(true);
        return l;
    }

    private static Label wrapped() {
        Label l = new Label();
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static TableColumn<ModelEntry, String> text(String name, Function<ModelEntry, String> value, double width) {
        TableColumn<ModelEntry, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<ClassScore, String> text2(String name, Function<ClassScore, String> value, double width) {
        TableColumn<ClassScore, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static double min(double[] v) {
        return java.util.Arrays.stream(v).min().orElse(0);
    }

    private static double max(double[] v) {
        return java.util.Arrays.stream(v).max().orElse(1);
    }
}
