package org.clientele.app.ui.clv;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.clientele.core.clv.BgBbResult;
import org.clientele.core.clv.ContractResult;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The Lifetime value tab's body for the discrete models: for sBG the fit, the survivor and retention-rate
 * charts, the projection by period and each customer's DERL; for BG/BB the fit and each customer's P(alive)
 * and expected transactions. The summary line is the CLI's, and the exports write the CLI's CSVs.
 */
final class DiscreteClvPane {

    private final DiscreteClvModel model;
    /** Asks where to save (a save dialog), given the CLI's file name; null when the user cancelled. */
    private final Function<String, Path> chooser;
    private final Label summary = new Label();
    private final TableView<ClvTables.FitRow> fit = DiscreteClvTables.fitTable();
    private final RetentionCharts charts = new RetentionCharts();
    private final TableView<ContractResult.PeriodProjection> projection = DiscreteClvTables.projectionTable();
    private final TableView<ContractResult.CustomerRetention> retention = DiscreteClvTables.retentionCustomers();
    private final TableView<BgBbResult.CustomerForecast> forecasts = DiscreteClvTables.bgbbCustomers();
    private final Label written = new Label();
    private final Label customersTitle = section("Customers");
    private final Button exportCustomers = new Button("Export customers…");
    private final Button exportProjection = new Button("Export projection…");
    private final VBox sbgOnly = new VBox(12);
    private final ScrollPane root;

    DiscreteClvPane(DiscreteClvModel model, Function<String, Path> chooser) {
        this.model = model;
        this.chooser = chooser;
        summary.setId("clv-discrete-summary");
        summary.setWrapText(true);
        summary.managedProperty().bind(summary.visibleProperty());
        written.setId("clv-discrete-written");
        exportCustomers.setId("clv-discrete-export");
        exportCustomers.setOnAction(e -> export(false));
        exportProjection.setId("clv-projection-export");
        exportProjection.setOnAction(e -> export(true));
        exportProjection.managedProperty().bind(exportProjection.visibleProperty());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        grid.add(charts.survival(), 0, 0);
        grid.add(charts.retention(), 1, 0);
        Label projectionTitle = section("Retention by period (projection)");
        sbgOnly.getChildren().setAll(grid, projectionTitle, projection);
        sbgOnly.managedProperty().bind(sbgOnly.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, customersTitle, gap, written, exportProjection, exportCustomers);
        bar.setAlignment(Pos.CENTER_LEFT);
        for (Node n : List.of(retention, forecasts)) {
            n.managedProperty().bind(n.visibleProperty());
        }
        VBox body = new VBox(12, summary, fit, sbgOnly, bar, retention, forecasts);
        body.setPadding(new Insets(4, 12, 12, 12));
        body.setId("clv-discrete-body");
        root = new ScrollPane(body);
        root.setFitToWidth(true);
        model.contractResultProperty().addListener((obs, old, now) -> show());
        model.bgbbResultProperty().addListener((obs, old, now) -> show());
        show();
    }

    ScrollPane root() {
        return root;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private void show() {
        ContractResult c = model.contractResultProperty().get();
        BgBbResult b = model.bgbbResultProperty().get();
        boolean sbg = c != null || b == null && model.shapeProperty().get() == DiscreteClvModel.Shape.CONTRACTS;
        summary.setText(c != null ? summary(c) : b != null ? summary(b) : "");
        summary.setVisible(!summary.getText().isEmpty());
        fit.getItems().setAll(c != null ? DiscreteClvTables.sbgRows(c) : b != null ? DiscreteClvTables.bgbbRows(b)
                : List.of());
        charts.show(c);
        projection.getItems().setAll(c == null ? List.of() : c.projection());
        retention.getItems().setAll(c == null ? List.of() : c.customerValues());
        forecasts.getItems().setAll(b == null ? List.of() : b.customerValues());
        sbgOnly.setVisible(sbg);
        boolean curve = c != null && c.customerValues().isEmpty();
        retention.setVisible(sbg && !curve);
        customersTitle.setText(curve ? "Customers: none in a survivor curve (its projection is above)" : "Customers");
        forecasts.setVisible(!sbg);
        exportProjection.setVisible(sbg);
        exportProjection.setDisable(c == null);
        exportCustomers.setDisable(c == null ? b == null : c.customerValues().isEmpty());
        written.setText("");
    }

    /** The CLI's summary line for sbg, Greek letters for the parameters, then the run's warnings. */
    static String summary(ContractResult r) {
        return String.format(Locale.ROOT, "%,d customers (%s). sBG α = %.4f, β = %.4f (LL %.2f, BIC %.2f); mean "
                        + "churn at the start %.3f; DEL of a new customer %.3f periods at %.0f%% per period.",
                r.customers(), r.input(), r.sbg().alpha(), r.sbg().beta(), r.sbg().logLikelihood(), r.sbg().bic(),
                r.sbg().meanChurnProbability(), r.discountedExpectedLifetime(), 100 * r.discountRate())
                + String.format(Locale.ROOT, " Expected active next period: %,.1f.", r.expectedActiveNextPeriod())
                + notes(r.warnings());
    }

    /** The CLI's summary line for bgbb, with what one opportunity is. */
    static String summary(BgBbResult r) {
        String unit = r.opportunity() == null ? "" : String.format(Locale.ROOT, " One opportunity is a %s (%s to %s).",
                r.opportunity(), r.firstPurchase(), r.observationEnd());
        return String.format(Locale.ROOT, "%,d customers. BG/BB α = %.4f, β = %.4f, γ = %.4f, δ = %.4f (LL %.2f, "
                        + "BIC %.2f); %.1f transactions expected in the next %d opportunities.", r.customers(),
                r.bgbb().alpha(), r.bgbb().beta(), r.bgbb().gamma(), r.bgbb().delta(), r.bgbb().logLikelihood(),
                r.bgbb().bic(), r.totalExpectedTransactions(), r.horizonOpportunities()) + unit + notes(r.warnings());
    }

    private static String notes(List<String> warnings) {
        StringBuilder sb = new StringBuilder();
        warnings.forEach(w -> sb.append("\nNote: ").append(LifetimeValueModel.sentence(w)));
        return sb.toString();
    }

    private void export(boolean projectionFile) {
        boolean sbg = model.contractResultProperty().get() != null;
        Path chosen = chooser.apply(projectionFile ? "retention_projection.csv"
                : sbg ? "customers_retention.csv" : "customers_bgbb.csv");
        if (chosen == null) {
            return;
        }
        if (projectionFile) {
            model.exportProjection(chosen, f -> written.setText("Wrote " + f));
        } else {
            model.exportCustomers(chosen, f -> written.setText("Wrote " + f));
        }
    }
}
