package org.clientele.app.ui.campaign;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.clientele.app.ui.common.HorizontalBars;
import org.clientele.core.project.RoiScenario;
import org.clientele.core.roi.RoiResult;
import org.clientele.core.roi.SegmentOutcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The Campaign tab: settings on the left; net profit per segment, the table and the budget advice on the right. */
public final class CampaignView {

    private final CampaignViewModel model;
    private final StackPane root = new StackPane();
    private final HorizontalBars bars = new HorizontalBars(true);
    private final TableView<SegmentOutcome> table = new TableView<>();
    private final Label plan = new Label();
    private final Label notes = new Label();

    public CampaignView(CampaignViewModel model) {
        this.model = model;
        Label placeholder = new Label("No segmentation yet. Run one in the Segments tab; then see here what a "
                + "campaign to each segment would cost and earn.");
        placeholder.setId("campaign-placeholder");
        placeholder.getStyleClass().add("placeholder-text");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(460);
        BorderPane content = new BorderPane();
        content.setLeft(form());
        content.setCenter(results());
        content.visibleProperty().bind(model.readyProperty());
        placeholder.visibleProperty().bind(model.readyProperty().not());
        root.getChildren().addAll(placeholder, content);
        root.setId("campaign-root");
        model.resultProperty().addListener((obs, old, now) -> show(now));
        show(model.resultProperty().get());
    }

    public Parent root() {
        return root;
    }

    private Node form() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        row = field(grid, row, "Cost per contact", model.costProperty(), "campaign-cost", "mail, discount, channel fees");
        row = field(grid, row, "Fixed cost", model.fixedCostProperty(), "campaign-fixed", "creative, set-up");
        row = field(grid, row, "Margin (%)", model.marginProperty(), "campaign-margin", "profit share of revenue");
        row = field(grid, row, "Response rate (%)", model.responseRateProperty(), "campaign-response",
                "used where the data has no response column");
        row = field(grid, row, "Control group buys (%)", model.controlRateProperty(), "campaign-control",
                "responses that would happen anyway");
        row = field(grid, row, "Revenue per response", model.orderValueProperty(), "campaign-aov",
                "blank: each segment's order value");
        row = field(grid, row, "Budget", model.budgetProperty(), "campaign-budget", "blank: no limit");
        Label sources = new Label();
        sources.textProperty().bind(model.sourcesProperty());
        sources.setWrapText(true);
        sources.setMaxWidth(300);
        sources.getStyleClass().add("hint-text");
        Label problem = new Label();
        problem.setId("campaign-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.setWrapText(true);
        problem.setMaxWidth(300);
        problem.getStyleClass().add("error-text");

        TextField name = new TextField();
        name.setPromptText("Scenario name");
        name.setId("campaign-scenario-name");
        Button save = new Button("Save scenario");
        save.setId("campaign-save-scenario");
        save.setOnAction(e -> {
            model.saveScenario(name.getText());
            name.clear();
        });
        ListView<RoiScenario> saved = new ListView<>(model.scenarios());
        saved.setId("campaign-scenarios");
        saved.setPrefHeight(120);
        saved.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(RoiScenario s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.name());
            }
        });
        saved.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.apply(now);
            }
        });
        HBox saveRow = new HBox(6, name, save);
        VBox box = new VBox(10, grid, sources, problem, new Label("Scenarios (click one to use it)"), saveRow, saved);
        box.setPadding(new Insets(12));
        box.setPrefWidth(340);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static int field(GridPane grid, int row, String label, StringProperty value, String id, String hint) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(8);
        field.textProperty().bindBidirectional(value);
        Label hintLabel = new Label(hint);
        hintLabel.getStyleClass().add("hint-text");
        hintLabel.setWrapText(true);
        grid.add(new Label(label), 0, row);
        grid.add(field, 1, row);
        grid.add(hintLabel, 0, row + 1, 2, 1);
        return row + 2;
    }

    private Node results() {
        Label barsTitle = new Label("Expected net profit per segment (incremental profit minus contact cost)");
        barsTitle.getStyleClass().add("section-title");
        bars.setId("campaign-bars");
        plan.setId("campaign-plan");
        plan.setWrapText(true);
        notes.setWrapText(true);
        notes.getStyleClass().add("hint-text");
        table.setId("campaign-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("Segment", o -> o.id() < 0 ? o.name() : o.id() + ". " + o.name(), 180),
                column("Contacted", o -> String.format("%,d", o.contacted()), 85),
                column("Response", o -> pct(o.responseRate()) + (o.responseRateSource().equals("data") ? " (data)" : ""), 100),
                column("Extra buyers", o -> String.format("%,.0f", o.incrementalResponders()), 100),
                column("Extra revenue", o -> money(o.incrementalRevenue()), 110),
                column("Cost", o -> money(o.cost()), 90),
                column("Net profit", o -> money(o.netProfit()), 100),
                column("ROI", o -> Double.isNaN(o.roi()) ? "–" : pct(o.roi()), 70),
                column("Break-even", o -> Double.isNaN(o.breakEvenResponseRate()) ? "–" : pct(o.breakEvenResponseRate()), 90)));
        table.setPrefHeight(220);
        VBox box = new VBox(10, barsTitle, bars, plan, table, notes);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static TableColumn<SegmentOutcome, String> column(String title, Function<SegmentOutcome, String> value, double width) {
        TableColumn<SegmentOutcome, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 10 + 7.5 * title.length()));
        c.setSortable(false);
        return c;
    }

    private void show(RoiResult r) {
        if (r == null) {
            bars.show(List.of());
            table.setItems(FXCollections.observableArrayList());
            plan.setText("");
            notes.setText("");
            return;
        }
        List<HorizontalBars.Bar> list = new ArrayList<>();
        for (SegmentOutcome o : r.segments()) {
            list.add(new HorizontalBars.Bar(o.name(), o.netProfit(), 0, money(o.netProfit())));
        }
        list.add(new HorizontalBars.Bar("All segments", r.total().netProfit(), 0, money(r.total().netProfit())));
        bars.show(list);
        List<SegmentOutcome> rows = new ArrayList<>(r.segments());
        rows.add(r.total());
        table.setItems(FXCollections.observableArrayList(rows));
        plan.setText(r.budgetPlan() != null ? r.budgetPlan().explanation()
                : "Contacting every segment: net profit " + money(r.total().netProfit()) + " on a cost of "
                + money(r.total().cost()) + ". Give a budget to see which segments to contact.");
        notes.setText(String.join(" ", r.notes()));
    }

    private static String money(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }
}
