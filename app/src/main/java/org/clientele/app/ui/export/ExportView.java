package org.clientele.app.ui.export;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.clientele.core.report.MarketingList;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.prefs.Preferences;

/** The Export tab: segment and RFM checklists and bounds on the left, the list's preview and export buttons on the right. */
public final class ExportView {

    private static final String LAST_FOLDER = "lastExportFolder";
    /** Columns right-aligned in the preview. */
    private static final Set<String> TEXT_COLUMNS = Set.of("segment_name", "rfm_segment", "action");

    private final ExportViewModel model;
    private final Preferences prefs;
    private final StackPane root = new StackPane();
    private final VBox segmentBoxes = new VBox(4);
    private final VBox rfmBoxes = new VBox(4);
    private final VBox rfmSection = new VBox(6);
    private final GridPane boundsGrid = new GridPane();
    private final TableView<MarketingList.Row> table = new TableView<>();
    private final Button exportList = new Button("Export list…");
    private final Button exportPerSegment = new Button("One file per segment…");

    /** @deprecated pass the node where the last export folder is remembered */
    @Deprecated
    public ExportView(ExportViewModel model) {
        this(model, Preferences.userNodeForPackage(ExportView.class));
    }

    /** @param prefs where the last export folder is remembered (the workbench's "export" node) */
    public ExportView(ExportViewModel model, Preferences prefs) {
        this.model = model;
        this.prefs = prefs;
        Label placeholder = new Label("No segmentation yet. Run one in the Segments tab; then choose segments "
                + "here and export their customers as a CSV list.");
        placeholder.setId("export-placeholder");
        placeholder.getStyleClass().add("placeholder-text");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(460);
        Node content = content();
        content.visibleProperty().bind(model.readyProperty());
        placeholder.visibleProperty().bind(model.readyProperty().not());
        root.getChildren().addAll(placeholder, content);
        root.setId("export-root");

        model.segments().addListener((ListChangeListener<ExportViewModel.Choice<Integer>>) c ->
                fill(segmentBoxes, model.segments(), "export-segment-"));
        model.rfmSegments().addListener((ListChangeListener<ExportViewModel.Choice<String>>) c -> {
            fill(rfmBoxes, model.rfmSegments(), "export-rfm-");
            rfmSection.setVisible(!model.rfmSegments().isEmpty());
            rfmSection.setManaged(!model.rfmSegments().isEmpty());
        });
        model.bounds().addListener((ListChangeListener<ExportViewModel.Bound>) c -> fillBounds());
        model.previewProperty().addListener((obs, old, list) -> showPreview(old, list));
    }

    public Parent root() {
        return root;
    }

    private Node content() {
        Label segmentsTitle = title("Segments");
        VBox segmentSection = new VBox(6, segmentsTitle, allNone(model::selectAllSegments, "export-segments"),
                segmentBoxes);
        rfmSection.getChildren().addAll(title("RFM segments"), allNone(model::selectAllRfmSegments, "export-rfm"),
                rfmBoxes);
        boundsGrid.setHgap(6);
        boundsGrid.setVgap(4);
        boundsGrid.setId("export-bounds");
        VBox boundsSection = new VBox(6, title("Only customers with"), boundsGrid);
        CheckBox lifetime = new CheckBox("Add lifetime value columns (P(alive), expected purchases and spend, CLV)");
        lifetime.setId("export-lifetime");
        lifetime.setWrapText(true);
        lifetime.selectedProperty().bindBidirectional(model.lifetimeColumnsProperty());
        lifetime.visibleProperty().bind(model.lifetimeAvailable());
        lifetime.managedProperty().bind(lifetime.visibleProperty());
        VBox filters = new VBox(16, segmentSection, boundsSection, rfmSection, lifetime);
        filters.setPadding(new Insets(10, 12, 12, 12));
        ScrollPane side = new ScrollPane(filters);
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.setPrefWidth(300);
        side.setMinWidth(240);
        side.setId("export-filters");

        Label count = new Label();
        count.setId("export-count");
        count.getStyleClass().add("section-title");
        count.textProperty().bind(model.summaryProperty());
        table.setId("export-preview");
        table.setPlaceholder(new Label("No customer matches these choices."));
        VBox.setVgrow(table, Priority.ALWAYS);

        exportList.setId("export-list");
        exportList.setDefaultButton(false);
        exportList.setOnAction(e -> chooseAndExport());
        exportPerSegment.setId("export-per-segment");
        exportPerSegment.setOnAction(e -> chooseFolderAndExport());
        exportList.disableProperty().bind(model.previewProperty().isNull());
        exportPerSegment.disableProperty().bind(model.previewProperty().isNull());
        Label message = new Label();
        message.setId("export-message");
        message.getStyleClass().add("dataset-subtitle");
        message.textProperty().bind(model.messageProperty());
        message.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, message, spacer, exportPerSegment, exportList);
        buttons.setAlignment(Pos.CENTER_LEFT);
        exportList.setMinWidth(Region.USE_PREF_SIZE);
        exportPerSegment.setMinWidth(Region.USE_PREF_SIZE);

        VBox right = new VBox(8, count, table, buttons);
        right.setPadding(new Insets(10, 12, 10, 8));
        BorderPane pane = new BorderPane();
        pane.setLeft(side);
        pane.setCenter(right);
        return pane;
    }

    /** Opens a save dialog (it asks before replacing a file) and writes the list there. */
    public void chooseAndExport() {
        if (model.previewProperty().get() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the marketing list");
        chooser.setInitialFileName(model.suggestedFileName());
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        lastFolder().ifPresent(chooser::setInitialDirectory);
        File chosen = chooser.showSaveDialog(root.getScene().getWindow());
        if (chosen != null) {
            prefs.put(LAST_FOLDER, chosen.getParent());
            model.export(chosen.toPath());
        }
    }

    private void chooseFolderAndExport() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Write one CSV per segment into…");
        lastFolder().ifPresent(chooser::setInitialDirectory);
        File chosen = chooser.showDialog(root.getScene().getWindow());
        if (chosen == null) {
            return;
        }
        prefs.put(LAST_FOLDER, chosen.toString());
        Path dir = chosen.toPath();
        List<Path> existing = model.existingPerSegmentFiles(dir);
        boolean overwrite = false;
        if (!existing.isEmpty()) {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.OK, ButtonType.CANCEL);
            ask.initOwner(root.getScene().getWindow());
            ask.setTitle("Replace files?");
            ask.setHeaderText(existing.size() == 1 ? existing.get(0).getFileName() + " already exists in " + dir + "."
                    : existing.size() + " of the files already exist in " + dir + ".");
            ask.setContentText("Replace " + (existing.size() == 1 ? "it" : "them") + "?");
            if (ask.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
                return;
            }
            overwrite = true;
        }
        model.exportPerSegment(dir, overwrite);
    }

    private java.util.Optional<File> lastFolder() {
        String last = prefs.get(LAST_FOLDER, null);
        return last != null && Files.isDirectory(Path.of(last)) ? java.util.Optional.of(new File(last))
                : java.util.Optional.empty();
    }

    private <T> void fill(VBox box, List<ExportViewModel.Choice<T>> choices, String idPrefix) {
        box.getChildren().clear();
        for (ExportViewModel.Choice<T> choice : choices) {
            CheckBox check = new CheckBox(choice.label());
            check.setId(idPrefix + (choice.key() instanceof Integer id ? (id < 0 ? "outliers" : id.toString())
                    : MarketingList.slug(String.valueOf(choice.key()))));
            check.selectedProperty().bindBidirectional(choice.selectedProperty());
            check.setWrapText(true);
            box.getChildren().add(check);
        }
    }

    private void fillBounds() {
        boundsGrid.getChildren().clear();
        boundsGrid.add(small("min"), 1, 0);
        boundsGrid.add(small("max"), 2, 0);
        int row = 1;
        for (ExportViewModel.Bound b : model.bounds()) {
            Label name = new Label(b.column());
            name.setMinWidth(Region.USE_PREF_SIZE);
            boundsGrid.add(name, 0, row);
            boundsGrid.add(boundField(b, b.minProperty(), "min"), 1, row);
            boundsGrid.add(boundField(b, b.maxProperty(), "max"), 2, row);
            row++;
        }
    }

    private static TextField boundField(ExportViewModel.Bound b, javafx.beans.property.StringProperty value, String side) {
        TextField field = new TextField();
        field.setId("export-" + side + "-" + b.column());
        field.setPrefColumnCount(6);
        field.setPromptText(side.equals("min") ? "from" : "to");
        field.textProperty().bindBidirectional(value);
        field.textProperty().addListener((obs, old, text) -> {
            boolean bad = ExportViewModel.Bound.parse(text) == null;
            field.setStyle(bad ? "-fx-border-color: #c0392b;" : "");
        });
        return field;
    }

    private void showPreview(MarketingList old, MarketingList list) {
        if (list == null) {
            table.getColumns().clear();
            table.getItems().clear();
            return;
        }
        if (old == null || !old.header().equals(list.header())) {
            table.getColumns().clear();
            // Who, which segment, their figures, then scores and the (long) action: what matters shows without
            // scrolling. The file keeps the CSV order; the segment number is in the name's checkbox.
            List<String> header = list.header();
            List<String> order = new ArrayList<>(List.of(header.get(0), "segment_name"));
            order.addAll(list.valueColumns());
            header.stream().filter(h -> !order.contains(h) && !h.equals("segment") && !h.equals("action"))
                    .forEach(order::add);
            order.add("action");
            for (String name : order) {
                table.getColumns().add(column(name, header.indexOf(name)));
            }
        }
        table.setItems(FXCollections.observableArrayList(list.rows()));
    }

    private TableColumn<MarketingList.Row, String> column(String name, int index) {
        TableColumn<MarketingList.Row, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> {
            MarketingList list = model.previewProperty().get();
            return new ReadOnlyStringWrapper(list == null ? "" : list.cells(cell.getValue()).get(index));
        });
        column.setSortable(false);
        if (!TEXT_COLUMNS.contains(name) && index > 0) {
            column.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        column.setPrefWidth(switch (name) {
            case "segment_name" -> 180;
            case "action" -> 420;
            case "rfm_segment" -> 130;
            case "r_score", "f_score", "m_score" -> 64;
            default -> Math.max(80, 7.5 * name.length() + 22);
        });
        return column;
    }

    private static HBox allNone(Consumer<Boolean> select, String id) {
        Hyperlink all = new Hyperlink("All");
        all.setId(id + "-all");
        all.setOnAction(e -> select.accept(true));
        Hyperlink none = new Hyperlink("None");
        none.setId(id + "-none");
        none.setOnAction(e -> select.accept(false));
        HBox box = new HBox(2, all, new Label("·"), none);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    private static Label small(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("dataset-subtitle");
        return label;
    }
}
