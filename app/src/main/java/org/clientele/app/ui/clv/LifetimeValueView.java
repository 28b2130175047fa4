package org.clientele.app.ui.clv;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.clientele.core.clv.ClvResult;
import org.clientele.core.clv.CovariateReport;
import org.clientele.core.clv.CustomerClv;
import org.clientele.core.clv.FrequencyBin;
import org.clientele.core.clv.HoldoutScore;
import org.clientele.core.clv.PurchaseModelFit;
import org.clientele.core.clv.SegmentClvTotal;
import org.clientele.core.clv.SegmentClvTotals;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;

/**
 * The Lifetime value tab: runs the clv stage with the chosen purchase model on the open transaction log (through
 * {@link LifetimeValueModel}, in the background with progress and cancel in the status bar) and shows the purchase
 * models side by side with the reason for the choice, the chosen model's parameters, the holdout scores, the
 * tracking and calibration-vs-holdout charts, the P(alive) heatmap, totals by segment when the Segments tab has
 * segments, every customer's figures, which can be exported as {@code customers_clv.csv}, and, with covariates
 * chosen, their effects on the models with the likelihood-ratio tests.
 */
public final class LifetimeValueView {

    private static final String LAST_FOLDER = "lastFolder";

    private final LifetimeValueModel model;
    private final Preferences prefs;
    private final BorderPane root = new BorderPane();
    private final Label intro = new Label();
    private final Label seasonality = new Label();
    private final Label written = new Label();
    private final Label problem = new Label();
    private final Label why = new Label();
    private final Label segmentNote = new Label();
    private final TableView<PurchaseModelFit> models = ClvTables.comparisonTable();
    private final TableView<SegmentClvTotal> segments = ClvTables.segmentTable();
    private final ClvCharts charts = new ClvCharts();
    private final AliveHeatmap heatmap = new AliveHeatmap();
    private final TableView<ClvTables.FitRow> fit = ClvTables.fitTable();
    private final TableView<HoldoutScore> scores = ClvTables.scoreTable();
    private final TableView<CustomerClv> customers = ClvTables.customerTable();
    private final Button export = new Button("Export customers…");
    private final MenuButton covariateChoice = new MenuButton();
    private final Label covariateProblem = new Label();
    private final Label covariateTests = new Label();
    private final Label covariateTitle = new Label("Covariates");
    private final Button covariateExport = new Button("Export covariate figures…");
    private final Label covariateWritten = new Label();
    private final TableView<CovariateTables.CovariateRow> covariates = CovariateTables.table();

    public LifetimeValueView(LifetimeValueModel model, Preferences prefs) {
        this.model = model;
        this.prefs = prefs;
        root.setId("clv-view");
        root.setTop(controls());
        ScrollPane continuous = content();
        javafx.scene.Node discretePane = new DiscreteClvPane(model.discrete(), this::chooseFile).root();
        root.setCenter(discreteChosen() ? discretePane : continuous);
        model.modelOptionProperty().addListener((obs, old, now) -> {
            root.setCenter(discreteChosen() ? discretePane : continuous);
            show(model.resultProperty().get());
        });
        model.discrete().shapeProperty().addListener((obs, old, now) -> show(model.resultProperty().get()));
        model.discrete().contractResultProperty().addListener((obs, old, now) -> show(model.resultProperty().get()));
        model.discrete().bgbbResultProperty().addListener((obs, old, now) -> show(model.resultProperty().get()));
        model.resultProperty().addListener((obs, old, now) -> show(now));
        model.availableProperty().addListener((obs, old, now) -> show(model.resultProperty().get()));
        model.segmentTotalsProperty().addListener((obs, old, now) -> showSegments(now));
        model.segmentNoteProperty().addListener((obs, old, now) -> showSegments(model.segmentTotalsProperty().get()));
        model.covariateReportProperty().addListener((obs, old, now) -> showCovariates(now));
        model.covariates().addListener((javafx.collections.ListChangeListener<String>) c -> covariateChoiceText());
        showCovariates(model.covariateReportProperty().get());
        covariateChoiceText();
        show(model.resultProperty().get());
        showSegments(model.segmentTotalsProperty().get());
    }

    public Parent root() {
        return root;
    }

    /** The heatmap's cell count (0 before a result), for tests. */
    public int heatmapCells() {
        return heatmap.cellCount();
    }

    private VBox controls() {
        covariateChoice.setId("clv-covariate-choice");
        covariateChoice.setOnShowing(e -> fillCovariateChoice());
        covariateChoice.setTooltip(new Tooltip("Columns that describe a customer (each customer's value on their first "
                + "purchase): the purchase model and Gamma–Gamma are refitted with their effects and tested against "
                + "the fits without them"));
        HBox bar = ModelBar.build(model, covariateChoice);
        intro.setId("clv-intro");
        intro.setWrapText(true);
        intro.getStyleClass().add("placeholder-text");
        seasonality.setId("clv-seasonality");
        seasonality.setWrapText(true);
        seasonality.getStyleClass().add("warning-label");
        seasonality.managedProperty().bind(seasonality.visibleProperty());
        problem.setId("clv-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("warning-label");
        // One problem line: the continuous models' or the discrete model's, whichever the chosen model has.
        problem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> discreteChosen()
                        ? model.discrete().problemProperty().get() : model.problemProperty().get(),
                model.modelOptionProperty(), model.problemProperty(), model.discrete().problemProperty()));
        problem.visibleProperty().bind(problem.textProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        covariateProblem.setId("clv-covariate-problem");
        covariateProblem.setWrapText(true);
        covariateProblem.getStyleClass().add("warning-label");
        covariateProblem.textProperty().bind(model.covariateProblemProperty());
        covariateProblem.visibleProperty().bind(model.covariateProblemProperty().isNotNull());
        covariateProblem.managedProperty().bind(covariateProblem.visibleProperty());
        VBox top = new VBox(8, bar, intro, problem, covariateProblem, seasonality);
        top.setPadding(new Insets(10, 12, 6, 12));
        return top;
    }

    private ScrollPane content() {
        HBox tables = new HBox(12, fit, scores);
        HBox.setHgrow(fit, Priority.ALWAYS);
        HBox.setHgrow(scores, Priority.ALWAYS);
        fit.setPlaceholder(new Label("No model fitted yet"));
        scores.setPlaceholder(new Label("No holdout"));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        grid.add(charts.cumulative(), 0, 0);
        grid.add(charts.weekly(), 1, 0);
        grid.add(charts.byFrequency(), 0, 1);
        grid.add(heatmap, 1, 1);
        export.setId("clv-export");
        export.setOnAction(e -> chooseAndExport());
        export.disableProperty().bind(model.resultProperty().isNull());
        written.setId("clv-written");
        Label title = new Label("Customers");
        title.getStyleClass().add("section-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox customerBar = new HBox(10, title, gap, written, export);
        customerBar.setAlignment(Pos.CENTER_LEFT);
        customers.setPlaceholder(new Label("No customers yet"));
        models.setPlaceholder(new Label("No purchase model fitted yet"));
        why.setId("clv-why");
        why.setWrapText(true);
        why.managedProperty().bind(why.visibleProperty());
        Label segmentTitle = new Label("Lifetime value by segment");
        segmentTitle.getStyleClass().add("section-title");
        segmentNote.setId("clv-segment-note");
        segmentNote.setWrapText(true);
        segmentNote.getStyleClass().add("placeholder-text");
        segmentNote.managedProperty().bind(segmentNote.visibleProperty());
        segments.setPlaceholder(new Label("No segments yet"));
        segments.managedProperty().bind(segments.visibleProperty());
        covariateTitle.getStyleClass().add("section-title");
        covariateTests.setId("clv-covariate-tests");
        covariateTests.setWrapText(true);
        covariates.setPlaceholder(new Label("No covariate effects"));
        covariateTitle.setWrapText(true);
        covariateExport.setId("clv-covariate-export");
        covariateExport.setTooltip(new Tooltip("Each customer's covariate values, P(alive), expected purchases and "
                + "spend under the covariate models, as customers_covariates.csv from the command line"));
        covariateExport.setOnAction(e -> {
            Path chosen = chooseFile("customers_covariates.csv");
            if (chosen != null) {
                model.exportCovariateCustomers(chosen, file -> covariateWritten.setText("Wrote " + file));
            }
        });
        covariateExport.setMinWidth(Region.USE_PREF_SIZE);
        covariateWritten.setId("clv-covariate-written");
        Region covariateGap = new Region();
        HBox.setHgrow(covariateGap, Priority.ALWAYS);
        HBox covariateBar = new HBox(10, covariateTitle, covariateGap, covariateWritten, covariateExport);
        covariateBar.setAlignment(Pos.CENTER_LEFT);
        covariateBar.visibleProperty().bind(covariateTitle.visibleProperty());
        for (javafx.scene.Node n : List.of(covariateBar, covariateTests, covariates)) {
            n.managedProperty().bind(n.visibleProperty());
        }
        VBox body = new VBox(12, models, why, tables, covariateBar, covariateTests, covariates, grid, segmentTitle,
                segmentNote, segments, customerBar, customers);
        body.setPadding(new Insets(4, 12, 12, 12));
        body.setId("clv-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private boolean discreteChosen() {
        ClvModelOption o = model.modelOptionProperty().get();
        return o != null && o.discrete();
    }

    private void show(ClvResult r) {
        if (discreteChosen()) {
            intro.setText(DiscreteIntro.text(model.modelOptionProperty().get(), model.discrete()));
        } else if (model.discrete().shapeProperty().get() == DiscreteClvModel.Shape.NONE) {
            intro.setText("Lifetime value needs a transaction log (purchases over time), a contract table (tenure and "
                    + "churned per customer, or survivors by period) or x, t_x, n histories; open one, e.g. File ▸ "
                    + "Open sample.");
        } else if (r == null) {
            intro.setText("The purchase model (BG/NBD unless you choose another) and Gamma–Gamma are fitted on the "
                    + "purchases up to the calibration end, scored on "
                    + "the weeks after it, then refitted on every purchase for each customer's chance of still being "
                    + "active, expected purchases and lifetime value.");
        } else {
            intro.setText(String.format(Locale.ROOT, "%,d customers; models fitted on purchases up to %s and scored on "
                            + "%s to %s; customer values over the next %d months, discounted %.0f%% a month.",
                    r.customers(), r.calibrationEnd(), r.calibrationEnd() == null ? "-" : r.calibrationEnd().plusDays(1),
                    r.holdoutEnd(), r.horizonMonths(), 100 * r.monthlyDiscountRate()));
            if (r.calibrationEnd() == null) {
                intro.setText(String.format(Locale.ROOT, "%,d customers; the log is too short to hold any weeks out, so "
                        + "the models are fitted on every purchase and not scored.", r.customers()));
            }
        }
        var diagnostics = r == null ? null : r.diagnostics();
        seasonality.setVisible(diagnostics != null && diagnostics.seasonality() != null);
        seasonality.setText(seasonality.isVisible() ? diagnostics.seasonality().sentence() : "");
        models.getItems().setAll(r == null || r.purchaseModels() == null ? List.of() : r.purchaseModels());
        why.setText(r == null ? "" : whyAndWarnings(r));
        why.setVisible(!why.getText().isEmpty());
        fit.getItems().setAll(r == null ? List.of() : ClvTables.fitRows(r));
        scores.getItems().setAll(r == null || r.holdout() == null ? List.of() : r.holdout());
        customers.getItems().setAll(r == null ? List.of() : r.customerValues());
        charts.showTracking(diagnostics == null ? null : diagnostics.tracking());
        charts.showByFrequency(modelBins(r));
        heatmap.show(diagnostics == null ? null : diagnostics.probabilityAliveMatrix());
        written.setText("");
    }

    /** The CLI's sentence on the choice ("Chose Pareto/NBD: ..."), then the run's warnings (e.g. a model left out). */
    private static String whyAndWarnings(ClvResult r) {
        StringBuilder sb = new StringBuilder();
        PurchaseModelFit chosen = r.purchaseModel();
        if (chosen != null && chosen.why() != null) {
            sb.append(chosen.why());
        }
        for (String w : r.warnings()) {
            sb.append(sb.length() == 0 ? "" : "\n").append("Note: ").append(w).append('.');
        }
        return sb.toString();
    }

    /** The open log's candidate columns as check items, ticked as the model's selection. */
    private void fillCovariateChoice() {
        List<String> candidates = model.covariateCandidates();
        covariateChoice.getItems().clear();
        if (candidates.isEmpty()) {
            javafx.scene.control.MenuItem none = new javafx.scene.control.MenuItem("No column describes the customers");
            none.setDisable(true);
            covariateChoice.getItems().add(none);
            return;
        }
        for (String column : candidates) {
            CheckMenuItem item = new CheckMenuItem(column);
            item.setId("clv-covariate-" + column);
            item.setSelected(model.covariates().contains(column));
            item.selectedProperty().addListener((obs, was, now) -> {
                if (now && !model.covariates().contains(column)) {
                    model.covariates().add(column);
                } else if (!now) {
                    model.covariates().remove(column);
                }
            });
            covariateChoice.getItems().add(item);
        }
    }

    private void covariateChoiceText() {
        covariateChoice.setText(model.covariates().isEmpty() ? "None" : String.join(", ", model.covariates()));
    }

    private void showCovariates(CovariateReport report) {
        covariates.getItems().setAll(report == null ? List.of() : CovariateTables.rows(report));
        covariateTests.setText(report == null ? "" : CovariateTables.tests(report));
        covariateTitle.setText(report == null ? "Covariates" : "Covariates: " + String.join(", ", report.columns())
                + " (" + report.source() + ")" + CovariateTables.references(report));
        covariateTitle.setVisible(report != null);
        covariateWritten.setText("");
        covariateTests.setVisible(report != null);
        covariates.setVisible(report != null);
    }

    private void showSegments(SegmentClvTotals totals) {
        segments.getItems().setAll(totals == null ? List.of() : totals.segments());
        segments.setVisible(totals != null);
        String note = model.segmentNoteProperty().get();
        if (totals != null) {
            StringBuilder sb = new StringBuilder(totals.draws() == null ? "Totals over the horizon (no ranges: the "
                    + "model's parameter uncertainty is unknown)." : String.format(Locale.ROOT, "Totals over the "
                    + "horizon; ranges are 90%% intervals from %d draws of the %s parameters, each segment summed "
                    + "within a draw.", totals.draws(), org.clientele.core.clv.PurchaseModelKind.of(totals.model()).label()));
            totals.warnings().forEach(w -> sb.append(' ').append(LifetimeValueModel.sentence(w)));
            note = sb.toString();
        }
        segmentNote.setText(note == null ? "" : note);
        segmentNote.setVisible(note != null);
    }

    /** Mean holdout purchases by calibration frequency, as the chosen purchase model predicted them. */
    private static List<FrequencyBin> modelBins(ClvResult r) {
        if (r == null || r.holdout() == null || r.purchaseModel() == null) {
            return List.of();
        }
        String name = r.purchaseModel().model() + "-gammagamma";
        return r.holdout().stream().filter(h -> h.model().equals(name)).findFirst()
                .map(HoldoutScore::byCalibrationFrequency).orElse(List.of());
    }

    /** A save dialog (it asks before replacing a file), then customers_clv.csv's columns written there. */
    private void chooseAndExport() {
        Path chosen = chooseFile("customers_clv.csv");
        if (chosen != null) {
            model.exportCustomers(chosen, file -> written.setText("Wrote " + file));
        }
    }

    /** A save dialog for a CSV named as the CLI names it, in the last folder used; null when cancelled. */
    private Path chooseFile(String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + name);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        String last = prefs.get(LAST_FOLDER, null);
        if (last != null && new File(last).isDirectory()) {
            chooser.setInitialDirectory(new File(last));
        }
        File chosen = chooser.showSaveDialog(root.getScene().getWindow());
        if (chosen == null) {
            return null;
        }
        prefs.put(LAST_FOLDER, chosen.getParent());
        return chosen.toPath();
    }
}
