package org.clientele.app.ui.explore;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.clientele.app.ui.explore.ExploreViewModel.View;

import java.util.EnumMap;
import java.util.Map;

/**
 * The Explore tab: a list of views on the left and one chart area. The analysis starts the first time
 * the tab is selected for a dataset.
 */
public final class ExploreView {

    private final ExploreViewModel model;
    private final BorderPane root = new BorderPane();
    private final StackPane area = new StackPane();
    private final ListView<View> list = new ListView<>();
    private final VBox waiting;
    private final Map<View, Page> pages = new EnumMap<>(View.class);
    private final TransactionPages transactions;
    private final FeaturePages features;
    private final PatternPages patterns;

    public ExploreView(ExploreViewModel model) {
        this.model = model;
        this.transactions = new TransactionPages(model);
        this.features = new FeaturePages(model);
        this.patterns = new PatternPages(model);
        list.setId("explore-views");
        list.setItems(model.views());
        list.setPrefWidth(170);
        list.setMinWidth(140);
        list.getSelectionModel().select(model.selectedViewProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedViewProperty().set(now);
            }
        });
        model.selectedViewProperty().addListener((obs, old, now) -> {
            list.getSelectionModel().select(now);
            show();
        });

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        spinner.visibleProperty().bind(model.computingProperty());
        spinner.managedProperty().bind(model.computingProperty());
        Label status = new Label();
        status.setId("explore-status");
        status.getStyleClass().add("placeholder-text");
        status.textProperty().bind(model.statusProperty());
        waiting = new VBox(12, spinner, status);
        waiting.setAlignment(Pos.CENTER);

        model.resultProperty().addListener((obs, old, now) -> show());
        BorderPane.setMargin(list, new Insets(8, 0, 8, 8));
        root.setLeft(list);
        root.setCenter(area);
        root.getStyleClass().add("explore");
        show();
    }

    public Parent root() {
        return root;
    }

    private void show() {
        View view = model.selectedViewProperty().get();
        if (model.resultProperty().get() == null || view == null) {
            area.getChildren().setAll(waiting);
            return;
        }
        Page page = pages.computeIfAbsent(view, this::build);
        page.refresh().run();
        area.getChildren().setAll(page.node());
    }

    private Page build(View view) {
        return switch (view) {
            case SALES -> transactions.sales();
            case COUNTRIES -> transactions.countries();
            case CONCENTRATION -> transactions.concentration();
            case COHORTS -> transactions.cohorts();
            case SEASONALITY -> patterns.seasonality();
            case MOVES -> patterns.moves();
            case PRODUCTS -> transactions.products();
            case CATEGORIES -> transactions.categories();
            case CLEANING -> transactions.cleaning();
            case DISTRIBUTIONS -> features.distributions();
            case CORRELATIONS -> features.correlations();
        };
    }

    /** The node currently in the chart area (for tests). */
    Node current() {
        return area.getChildren().isEmpty() ? null : area.getChildren().get(0);
    }
}
