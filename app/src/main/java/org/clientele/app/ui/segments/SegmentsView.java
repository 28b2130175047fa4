package org.clientele.app.ui.segments;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.BooleanProperty;
import javafx.util.StringConverter;
import org.clientele.app.ui.common.PngExport;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.segment.Algorithm;

import java.util.HashMap;
import java.util.Map;

/** The Segments tab: settings and Run on the left; choosing k, segment cards, profile heatmap and RFM on the right. */
public final class SegmentsView {

    private final SegmentsViewModel model;
    private final BorderPane root = new BorderPane();
    private final SweepCharts sweep;
    private final SegmentCards cards;
    private final ProfileHeatmap heatmap = new ProfileHeatmap();
    private final RfmPane rfm;
    private final Label summary = new Label();
    private final Label kChoice = new Label();
    private final Spinner<Integer> pickK = new Spinner<>(2, 50, 4);
    private final Tab rfmTab = new Tab("RFM");
    private final TabPane sections = new TabPane();
    private final Map<String, BooleanProperty> checks = new HashMap<>();

    /** @param busy true while any background work runs: Run waits for it */
    public SegmentsView(SegmentsViewModel model, ObservableBooleanValue busy) {
        this.model = model;
        this.rfm = new RfmPane(model::applyRfmRules);
        this.sweep = new SweepCharts(model::pickK);
        this.cards = new SegmentCards(model::rename);

        summary.setId("segments-summary");
        summary.getStyleClass().add("dataset-subtitle");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.setText("Open a file, then press Run to find segments.");

        sections.setId("segments-sections");
        sections.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sections.getTabs().addAll(tab("Choose k", chooseK()), tab("Segments", cards.root()),
                tab("Profile", heatmap.root()));
        rfmTab.setId("tab-segments-rfm");
        rfmTab.setContent(rfm.root());
        PngExport.install(heatmap.root().getContent(), "segment-profile");

        VBox center = new VBox(6, summary, sections);
        VBox.setVgrow(sections, Priority.ALWAYS);
        center.setPadding(new Insets(8, 8, 0, 8));
        root.setLeft(controls(busy));
        root.setCenter(center);

        model.reportProperty().addListener((obs, old, now) -> show(now));
        model.sweepProperty().addListener((obs, old, now) -> showSweep());
        model.datasetProperty().addListener((obs, old, now) -> {
            if (model.reportProperty().get() == null) {
                show(null);
            }
        });
        model.failedProperty().addListener((obs, old, failed) -> {
            if (failed) {
                summary.setText("Segmentation failed; the message says why.");
            }
        });
        show(model.reportProperty().get());
    }

    public Parent root() {
        return root;
    }

    private ScrollPane controls(ObservableBooleanValue busy) {
        ComboBox<Algorithm> algorithm = new ComboBox<>();
        algorithm.setId("segments-algorithm");
        algorithm.getItems().setAll(Algorithm.values());
        algorithm.valueProperty().bindBidirectional(model.algorithmProperty());
        algorithm.setConverter(new StringConverter<>() {
            @Override
            public String toString(Algorithm a) {
                return a == null ? "" : a.choiceName();
            }

            @Override
            public Algorithm fromString(String s) {
                return null;
            }
        });
        algorithm.setMaxWidth(Double.MAX_VALUE);

        Spinner<Integer> kMin = new Spinner<>(2, 30, model.kMinProperty().get());
        Spinner<Integer> kMax = new Spinner<>(2, 30, model.kMaxProperty().get());
        kMin.setId("segments-kmin");
        kMax.setId("segments-kmax");
        for (Spinner<Integer> s : java.util.List.of(kMin, kMax)) {
            s.setEditable(true);
            s.setPrefWidth(78);
        }
        kMin.valueProperty().addListener((o, a, v) -> model.kMinProperty().set(v));
        kMax.valueProperty().addListener((o, a, v) -> model.kMaxProperty().set(v));
        // settings remembered for a file arrive through the model
        model.kMinProperty().addListener((o, a, v) -> kMin.getValueFactory().setValue(v.intValue()));
        model.kMaxProperty().addListener((o, a, v) -> kMax.getValueFactory().setValue(v.intValue()));
        HBox range = new HBox(6, kMin, new Label("to"), kMax);
        range.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        TextField seed = new TextField(Long.toString(model.seedProperty().get()));
        seed.setId("segments-seed");
        seed.setTextFormatter(new TextFormatter<>(c -> c.getControlNewText().matches("-?\\d{0,18}") ? c : null));
        model.seedProperty().addListener((o, a, v) -> {
            if (!seed.getText().equals(Long.toString(v.longValue()))) {
                seed.setText(Long.toString(v.longValue()));
            }
        });
        seed.textProperty().addListener((o, a, v) -> {
            try {
                model.seedProperty().set(Long.parseLong(v));
            } catch (NumberFormatException ignored) {
                // keep the last valid seed while typing
            }
        });

        ListView<String> features = new ListView<>(model.numericColumns());
        features.setId("segments-features");
        features.setCellFactory(CheckBoxListCell.forListView(this::checked));
        features.setPrefHeight(200);
        features.setMinHeight(90);
        VBox.setVgrow(features, Priority.ALWAYS);
        model.features().addListener((javafx.collections.ListChangeListener<String>) c -> syncChecks());

        CheckBox transform = new CheckBox("log-scale skewed, standardise");
        transform.selectedProperty().bindBidirectional(model.transformProperty());

        Button run = new Button("Run");
        run.setId("segments-run");
        run.setDefaultButton(true);
        run.setMaxWidth(Double.MAX_VALUE);
        run.disableProperty().bind(Bindings.or(busy, Bindings.isEmpty(model.numericColumns()))
                .or(Bindings.isEmpty(model.features())));
        run.setOnAction(e -> model.run());

        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(6);
        form.addRow(0, new Label("Algorithm"));
        form.add(algorithm, 0, 1);
        form.add(new Label("k from"), 0, 2);
        form.add(range, 0, 3);
        form.add(new Label("Seed"), 0, 4);
        form.add(seed, 0, 5);
        GridPane.setHgrow(algorithm, Priority.ALWAYS);

        Label featuresLabel = new Label("Features");
        VBox box = new VBox(6, form, featuresLabel, features, transform, run);
        box.setPadding(new Insets(10));
        box.setPrefWidth(230);
        box.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setPrefWidth(240);
        scroll.setMinWidth(200);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    private BooleanProperty checked(String feature) {
        return checks.computeIfAbsent(feature, f -> {
            BooleanProperty p = new SimpleBooleanProperty(model.features().contains(f));
            p.addListener((o, was, on) -> model.setFeature(f, on));
            return p;
        });
    }

    private void syncChecks() {
        checks.keySet().removeIf(f -> !model.numericColumns().contains(f));
        checks.forEach((f, p) -> p.set(model.features().contains(f)));
    }

    private VBox chooseK() {
        pickK.setId("segments-pick-k");
        pickK.setEditable(true);
        pickK.setPrefWidth(80);
        Button use = new Button("Segment with this k");
        use.setId("segments-use-k");
        use.setOnAction(e -> model.pickK(pickK.getValue()));
        use.disableProperty().bind(model.sweepProperty().isNull());
        kChoice.setId("segments-k-choice");
        kChoice.getStyleClass().add("k-choice-sentence");
        kChoice.setWrapText(true);
        kChoice.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label hint = new Label("or click a k on any chart. The sweep stays from the last Run.");
        hint.getStyleClass().add("dataset-subtitle");
        HBox bar = new HBox(8, new Label("k"), pickK, use, hint);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 0, 6, 0));
        VBox box = new VBox(4, kChoice, sweep.root(), bar);
        VBox.setVgrow(sweep.root(), Priority.ALWAYS);
        return box;
    }

    private void show(SegmentationReport report) {
        cards.show(report);
        heatmap.show(report);
        rfm.show(report);
        boolean hasRfm = report != null && report.rfm() != null;
        if (hasRfm && !sections.getTabs().contains(rfmTab)) {
            sections.getTabs().add(rfmTab);
        } else if (!hasRfm) {
            sections.getTabs().remove(rfmTab);
        }
        showSweep();
        if (report == null) {
            summary.setText(model.datasetProperty().get() == null ? "Open a file, then press Run to find segments."
                    : "Press Run to find segments.");
            return;
        }
        var r = report.result();
        pickK.getValueFactory().setValue(r.k());
        StringBuilder text = new StringBuilder(String.format("%s: %d segments (k chosen by %s) · silhouette %.3f",
                label(r.algorithm()), r.k(), r.kChosenBy(), r.silhouette()));
        if (r.stability() != null && !Double.isNaN(r.stability().meanAri())) {
            text.append(String.format(" · stability %.2f", r.stability().meanAri()));
        }
        if (r.consensus() != null) {
            for (var pair : r.consensus().pairwiseAri()) {
                text.append(String.format(" · %s vs %s ARI %.2f", Algorithm.parse(pair.a()).displayName(),
                        Algorithm.parse(pair.b()).displayName(), pair.ari()));
            }
        }
        if (r.outliers() > 0) {
            text.append(String.format(" · %,d outliers", r.outliers()));
        }
        text.append(" · features: ").append(String.join(", ", r.features()));
        for (String note : r.notes()) {
            text.append(" · ").append(note);
        }
        summary.setText(text.toString());
    }

    private void showSweep() {
        SegmentsViewModel.SweepView s = model.sweepProperty().get();
        kChoice.setText(s == null || s.explanation() == null ? "" : s.explanation());
        kChoice.setVisible(!kChoice.getText().isEmpty());
        kChoice.setManaged(kChoice.isVisible());
        if (s == null) {
            sweep.show(java.util.List.of(), null, 0, 0);
        } else {
            sweep.show(s.points(), s.elbowK(), s.autoK(), model.currentK());
        }
    }

    private static String label(Algorithm a) {
        return a.displayName();
    }

    private static Tab tab(String name, javafx.scene.Node content) {
        Tab tab = new Tab(name, content);
        tab.setId("tab-segments-" + name.toLowerCase().replace(' ', '-'));
        return tab;
    }

    /** For tests: points on the inertia chart and cards shown. */
    int sweepPointCount() {
        return sweep.pointCount();
    }
}
