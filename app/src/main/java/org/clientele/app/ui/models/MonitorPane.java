package org.clientele.app.ui.models;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.clientele.core.monitor.DriftReport;
import org.clientele.core.monitor.PopulationStability;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The Models tab's drift section: pick a newer file, read the verdict, the PSI per feature and the segment shares. */
final class MonitorPane {

    private final MonitorViewModel model;
    private final Label verdict = new Label();
    private final TableView<DriftReport.FeatureDrift> features = new TableView<>();
    private final TableView<DriftReport.SegmentShift> segments = new TableView<>();

    MonitorPane(MonitorViewModel model) {
        this.model = model;
    }

    Node content() {
        Label intro = new Label("Do this month's customers still look like the ones the model learned from? Open a "
                + "newer file with the same columns: each feature's population stability index (PSI) compares its "
                + "spread in ten training bins (below 0.1 stable, 0.1–0.25 a shift to watch, above 0.25 retrain).");
        intro.setWrapText(true);
        Button choose = new Button("Compare a newer file…");
        choose.setId("models-monitor-choose");
        choose.disableProperty().bind(model.canCheck().not());
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Choose a newer customer table or transaction log");
            File file = chooser.showOpenDialog(choose.getScene().getWindow());
            if (file != null) {
                model.check(file.toPath());
            }
        });
        verdict.setId("models-monitor-verdict");
        verdict.setWrapText(true);
        features.setId("models-monitor-features");
        features.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        features.getColumns().setAll(List.of(
                column("Feature", DriftReport.FeatureDrift::feature, 200),
                column("PSI", f -> String.format(Locale.ROOT, "%.3f", f.psi()), 80),
                column("Reading", f -> reading(f.verdict()), 160)));
        features.setPrefHeight(200);
        segments.setId("models-monitor-segments");
        segments.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        segments.getColumns().setAll(List.of(
                column("Segment", s -> s.segment() + ". " + s.name(), 240),
                column("In training", s -> pct(s.reference()), 100),
                column("Now", s -> pct(s.current()), 100),
                column("Change (points)", s -> String.format(Locale.ROOT, "%+.1f", s.changePoints()), 120)));
        segments.setPrefHeight(160);
        model.reportProperty().addListener((obs, old, r) -> show(r));
        model.canCheck().addListener((obs, old, now) -> show(model.reportProperty().get()));
        show(model.reportProperty().get());
        VBox page = new VBox(10, intro, choose, verdict, features, segments);
        page.setPadding(new Insets(12));
        return page;
    }

    private void show(DriftReport r) {
        if (r == null) {
            verdict.setText(model.model() == null ? "Train a model first (above); then compare a newer file with the open one."
                    : "No file compared yet.");
            features.setItems(FXCollections.observableArrayList());
            segments.setItems(FXCollections.observableArrayList());
            return;
        }
        verdict.setText(r.summary() + String.format(Locale.ROOT, " (%,d customers of %s against %,d in training.)",
                r.rows(), model.comparedFileProperty().get().getFileName(), r.referenceRows()));
        features.setItems(FXCollections.observableArrayList(r.features()));
        segments.setItems(FXCollections.observableArrayList(r.segments()));
        segments.setVisible(!r.segments().isEmpty());
        segments.setManaged(!r.segments().isEmpty());
    }

    private static String reading(PopulationStability.Verdict v) {
        return switch (v) {
            case STABLE -> "stable";
            case SHIFT -> "shifted: watch it";
            case RETRAIN -> "changed: retrain";
        };
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
