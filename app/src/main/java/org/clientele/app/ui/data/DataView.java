package org.clientele.app.ui.data;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.clientele.core.analysis.OpenedDataset;
import org.clientele.core.data.ColumnProfile;

import java.util.function.Function;

/** The Data tab: rows, column profiles, warnings, and for a transaction log the cleaning and the customers. */
public final class DataView {

    private final DataViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<Integer> rows = new TableView<>();
    private final TableView<Integer> customers = new TableView<>();
    private final TableView<ColumnProfile> profile = new TableView<>();
    private final ListView<String> warnings = new ListView<>();
    private final ListView<String> cleaning = new ListView<>();
    private final Tab customersTab = new Tab("Customers", customers);
    private final Tab cleaningTab = new Tab("Cleaning", cleaning);
    private final TabPane sections = new TabPane();

    public DataView(DataViewModel model) {
        this.model = model;
        rows.setId("rows-table");
        customers.setId("customers-table");
        profile.setId("profile-table");
        warnings.setId("warnings-list");
        cleaning.setId("cleaning-list");
        rows.setPlaceholder(placeholder("No file open yet."));
        profile.setPlaceholder(placeholder("No file open yet."));
        warnings.setPlaceholder(placeholder("No warnings."));
        // A warning is a sentence or two: wrapped to the list's width rather than scrolled sideways.
        warnings.setCellFactory(list -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(24));
                setMaxWidth(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        buildProfileColumns();

        Label title = new Label("No file open");
        title.setId("dataset-title");
        title.getStyleClass().add("dataset-title");
        title.textProperty().bind(model.titleProperty().map(t -> t).orElse("No file open"));
        Label summary = new Label();
        summary.setId("dataset-summary");
        summary.getStyleClass().add("dataset-subtitle");
        summary.textProperty().bind(model.summaryProperty());
        VBox header = new VBox(2, title, summary);
        header.setPadding(new Insets(10, 12, 8, 12));

        sections.setId("data-sections");
        sections.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sections.getTabs().addAll(tab("Rows", rows), tab("Columns", profile), tab("Warnings", warnings));
        customersTab.setId("tab-data-customers");
        cleaningTab.setId("tab-data-cleaning");

        root.setTop(header);
        root.setCenter(sections);
        model.datasetProperty().addListener((obs, old, opened) -> show(opened));
    }

    public Parent root() {
        return root;
    }

    private void show(OpenedDataset d) {
        if (d == null) {
            return;
        }
        TableViews.show(rows, d.rows());
        profile.getItems().setAll(d.profile().columns());
        warnings.getItems().setAll(model.warnings());
        sections.getTabs().removeAll(customersTab, cleaningTab);
        if (d.isTransactionLog()) {
            TableViews.show(customers, d.customers().toTable());
            cleaning.getItems().setAll(model.cleaningLines());
            sections.getTabs().addAll(cleaningTab, customersTab);
        }
    }

    private void buildProfileColumns() {
        profile.getColumns().add(text("Column", ColumnProfile::name, 180));
        profile.getColumns().add(text("Type", c -> c.type().label(), 100));
        profile.getColumns().add(text("Role", c -> c.role().label(), 100));
        profile.getColumns().add(text("Missing", c -> String.format("%,d", c.missing()), 80));
        profile.getColumns().add(text("Distinct", c -> (c.distinctCapped() ? "≥" : "") + String.format("%,d", c.distinct()), 80));
        profile.getColumns().add(text("Mean", c -> number(c.mean()), 100));
        profile.getColumns().add(text("Std", c -> number(c.std()), 100));
        profile.getColumns().add(text("Min", c -> number(c.min()), 100));
        profile.getColumns().add(text("Max", c -> number(c.max()), 100));
        profile.getColumns().add(text("Top values", DataView::topValues, 260));
    }

    private static String topValues(ColumnProfile c) {
        if (c.topValues() == null || c.topValues().isEmpty() || c.type().isNumeric()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        c.topValues().stream().limit(3).forEach(v -> b.append(b.length() == 0 ? "" : ", ")
                .append(v.value()).append(" (").append(String.format("%,d", v.count())).append(')'));
        return b.toString();
    }

    private static TableColumn<ColumnProfile, String> text(String name, Function<ColumnProfile, String> value, double width) {
        TableColumn<ColumnProfile, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static String number(Double v) {
        if (v == null || v.isNaN()) {
            return "";
        }
        double a = Math.abs(v);
        return a != 0 && (a >= 1e9 || a < 1e-3) ? String.format("%.4g", v) : String.format("%,.2f", v);
    }

    private static Tab tab(String name, javafx.scene.Node content) {
        Tab tab = new Tab(name, content);
        tab.setId("tab-data-" + name.toLowerCase());
        return tab;
    }

    private static Label placeholder(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("placeholder-text");
        return label;
    }
}
