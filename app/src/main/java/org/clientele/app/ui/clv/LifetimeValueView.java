package org.clientele.app.ui.clv;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
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
import org.clientele.core.clv.BgNbdGammaGammaPredictor;
import org.clientele.core.clv.ClvResult;
import org.clientele.core.clv.CustomerClv;
import org.clientele.core.clv.FrequencyBin;
import org.clientele.core.clv.HoldoutScore;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;

/**
 * The Lifetime value tab: runs the clv stage on the open transaction log (through {@link LifetimeValueModel},
 * in the background with progress and cancel in the status bar) and shows the fitted parameters, the holdout
 * scores, the tracking and calibration-vs-holdout charts, the P(alive) heatmap and every customer's figures,
 * which can be exported as {@code customers_clv.csv}.
 */
public final class LifetimeValueView {

    private static final String LAST_FOLDER = "lastFolder";

    private final LifetimeValueModel model;
    private final Preferences prefs;
    private final BorderPane root = new BorderPane();
    private final Label intro = new Label();
    private final Label seasonality = new Label();
    private final Label written = new Label();
    private final ClvCharts charts = new ClvCharts();
    private final AliveHeatmap heatmap = new AliveHeatmap();
    private final TableView<ClvTables.FitRow> fit = ClvTables.fitTable();
    private final TableView<HoldoutScore> scores = ClvTables.scoreTable();
    private final TableView<CustomerClv> customers = ClvTables.customerTable();
    private final Button export = new Button("Export customers…");

    public LifetimeValueView(LifetimeValueModel model, Preferences prefs) {
        this.model = model;
        this.prefs = prefs;
        root.setId("clv-view");
        root.setTop(controls());
        root.setCenter(content());
        model.resultProperty().addListener((obs, old, now) -> show(now));
        model.availableProperty().addListener((obs, old, now) -> show(model.resultProperty().get()));
        show(model.resultProperty().get());
    }

    public Parent root() {
        return root;
    }

    /** The heatmap's cell count (0 before a result), for tests. */
    public int heatmapCells() {
        return heatmap.cellCount();
    }

    private VBox controls() {
        DatePicker end = new DatePicker();
        end.setId("clv-calibration-end");
        end.setPromptText("last 13 weeks held out");
        end.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        end.setPrefWidth(215);
        end.valueProperty().bindBidirectional(model.calibrationEndProperty());
        end.setTooltip(new Tooltip("The models are fitted on purchases up to this day and scored on the weeks after it"));
        CheckBox seasonal = new CheckBox("Seasonal adjustment");
        seasonal.setId("clv-seasonal");
        seasonal.selectedProperty().bindBidirectional(model.seasonalAdjustmentProperty());
        seasonal.setTooltip(new Tooltip("Also score the predictions scaled by how busy the same weeks were a year "
                + "earlier (needs a year of purchases before the calibration end)"));
        Button run = new Button("Estimate lifetime value");
        run.setId("clv-run");
        run.setDefaultButton(false);
        run.setOnAction(e -> model.estimate());
        run.disableProperty().bind(model.computingProperty().or(model.availableProperty().not()));
        end.disableProperty().bind(model.computingProperty().or(model.availableProperty().not()));
        seasonal.disableProperty().bind(end.disableProperty());
        HBox bar = new HBox(10, new Label("Calibration end"), end, seasonal, run);
        bar.setAlignment(Pos.CENTER_LEFT);
        intro.setWrapText(true);
        intro.getStyleClass().add("placeholder-text");
        seasonality.setId("clv-seasonality");
        seasonality.setWrapText(true);
        seasonality.getStyleClass().add("warning-label");
        seasonality.managedProperty().bind(seasonality.visibleProperty());
        VBox top = new VBox(8, bar, intro, seasonality);
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
        VBox body = new VBox(12, tables, grid, customerBar, customers);
        body.setPadding(new Insets(4, 12, 12, 12));
        body.setId("clv-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void show(ClvResult r) {
        if (!model.available()) {
            intro.setText("Lifetime value needs a transaction log (purchases over time); open one, e.g. File ▸ Open "
                    + "sample.");
        } else if (r == null) {
            intro.setText("BG/NBD and Gamma–Gamma are fitted on the purchases up to the calibration end, scored on "
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
        fit.getItems().setAll(r == null ? List.of() : ClvTables.fitRows(r));
        scores.getItems().setAll(r == null || r.holdout() == null ? List.of() : r.holdout());
        customers.getItems().setAll(r == null ? List.of() : r.customerValues());
        charts.showTracking(diagnostics == null ? null : diagnostics.tracking());
        charts.showByFrequency(modelBins(r));
        heatmap.show(diagnostics == null ? null : diagnostics.probabilityAliveMatrix());
        written.setText("");
    }

    private static List<FrequencyBin> modelBins(ClvResult r) {
        if (r == null || r.holdout() == null) {
            return List.of();
        }
        return r.holdout().stream().filter(h -> h.model().equals(BgNbdGammaGammaPredictor.NAME)).findFirst()
                .map(HoldoutScore::byCalibrationFrequency).orElse(List.of());
    }

    /** A save dialog (it asks before replacing a file), then customers_clv.csv's columns written there. */
    private void chooseAndExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the customers' lifetime values");
        chooser.setInitialFileName("customers_clv.csv");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        String last = prefs.get(LAST_FOLDER, null);
        if (last != null && new File(last).isDirectory()) {
            chooser.setInitialDirectory(new File(last));
        }
        File chosen = chooser.showSaveDialog(root.getScene().getWindow());
        if (chosen != null) {
            prefs.put(LAST_FOLDER, chosen.getParent());
            model.exportCustomers(chosen.toPath(), file -> written.setText("Wrote " + file));
        }
    }
}
