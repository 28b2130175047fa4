package org.clientele.app.ui.data;

import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.clientele.core.analysis.OpenedDataset;
import org.clientele.core.data.ColumnProfile;
import org.clientele.core.data.ColumnRole;
import org.clientele.core.data.DataKind;
import org.clientele.core.data.DateLayout;
import org.clientele.core.data.ReadOptions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Kind & columns…": confirm or override the detected kind of the open file and the column of each
 * role. The result is the {@link ReadOptions} to re-open the file with (empty when cancelled).
 */
public final class ReadOptionsDialog extends Dialog<ReadOptions> {

    static final String NONE = "(none)";
    static final String DETECT = "Detect from the values";

    private final ReadOptionsViewModel model;
    private final Map<String, String> types = new HashMap<>();

    public ReadOptionsDialog(Window owner, OpenedDataset opened) {
        this(owner, opened, new ReadOptionsViewModel(opened));
    }

    public ReadOptionsDialog(Window owner, OpenedDataset opened, ReadOptionsViewModel model) {
        this.model = model;
        for (ColumnProfile c : opened.profile().columns()) {
            types.put(c.name(), c.type().label());
        }
        initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        setTitle("Kind & columns");
        setHeaderText(model.file().getFileName() + " was read as a "
                + ReadOptionsViewModel.kindLabel(model.detectedKind()).toLowerCase());
        getDialogPane().setId("read-options-dialog");
        setResizable(true);

        ToggleGroup group = new ToggleGroup();
        RadioButton customers = radio("Customer table (one row per customer)", "kind-customers", group, DataKind.CUSTOMERS);
        RadioButton transactions = radio("Transaction log (one row per purchase)", "kind-transactions", group, DataKind.TRANSACTIONS);
        group.selectToggle(model.kindProperty().get() == DataKind.TRANSACTIONS ? transactions : customers);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.kindProperty().set((DataKind) now.getUserData());
            }
        });
        VBox kind = new VBox(6, customers, transactions);
        kind.setPadding(new Insets(0, 0, 0, 4));

        GridPane customerGrid = grid();
        customerGrid.addRow(0, roleLabel("Customer id"), combo(model.idColumnProperty(), "id-column"));
        Label customerHint = hint("Every other numeric column is a feature for segmentation; text columns are kept as attributes.");
        VBox customerPane = new VBox(8, customerGrid, customerHint);

        GridPane roleGrid = grid();
        int row = 0;
        for (ColumnRole role : ReadOptionsViewModel.ROLES) {
            roleGrid.addRow(row++, roleLabel(roleName(role)), combo(model.roleProperty(role), "role-" + role.label()));
        }
        Label roleHint = hint("Needed: customer, date, and an amount or quantity and price. "
                + "Roles left at (none) are detected from the column names.");
        VBox transactionPane = new VBox(8, roleGrid, roleHint);

        Label duplicate = new Label();
        duplicate.setId("read-options-problem");
        duplicate.getStyleClass().add("warning-label");
        duplicate.visibleProperty().bind(model.duplicateChoiceProperty());
        duplicate.managedProperty().bind(duplicate.visibleProperty());
        duplicate.textProperty().bind(model.duplicateChoiceProperty().map(d ->
                d ? "\"" + model.duplicate() + "\" is chosen for two roles." : ""));

        customerPane.visibleProperty().bind(model.kindProperty().isEqualTo(DataKind.CUSTOMERS));
        customerPane.managedProperty().bind(customerPane.visibleProperty());
        transactionPane.visibleProperty().bind(model.kindProperty().isEqualTo(DataKind.TRANSACTIONS));
        transactionPane.managedProperty().bind(transactionPane.visibleProperty());
        // Fit the dialog to the pane now shown, once the wrapped hints have been laid out at their width.
        model.kindProperty().addListener((obs, old, now) -> Platform.runLater(this::fitToContent));

        GridPane dateGrid = grid();
        dateGrid.addRow(0, roleLabel("Date order"), dateOrderCombo());
        Label dateHint = hint("For dates such as 01/12/2010. Detect reads the values (a day above 12 settles it; "
                + "otherwise slashes are read month first and dashes or dots day first, with a warning).");

        VBox content = new VBox(12, sectionLabel("This file is a"), kind, sectionLabel("Columns"),
                customerPane, transactionPane, duplicate, sectionLabel("Dates"), dateGrid, dateHint);
        content.setPadding(new Insets(12, 16, 4, 16));
        content.setPrefWidth(520);
        getDialogPane().setContent(content);

        ButtonType reopen = new ButtonType("Re-open", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(reopen, ButtonType.CANCEL);
        getDialogPane().lookupButton(reopen).setId("read-options-ok");
        getDialogPane().lookupButton(reopen).disableProperty().bind(model.duplicateChoiceProperty());
        setResultConverter(button -> button == reopen ? model.toOptions() : null);
    }

    /** Sizes the dialog to its content and keeps it on the screen, centred on its owner where it fits. */
    private void fitToContent() {
        Window w = getDialogPane().getScene() == null ? null : getDialogPane().getScene().getWindow();
        if (w == null) {
            return;
        }
        w.sizeToScene();
        Window owner = getOwner();
        Rectangle2D screen = Screen.getScreensForRectangle(w.getX(), w.getY(), w.getWidth(), w.getHeight()).stream()
                .findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        double y = owner == null ? w.getY() : owner.getY() + (owner.getHeight() - w.getHeight()) / 2;
        w.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - w.getHeight())));
    }

    public ReadOptionsViewModel model() {
        return model;
    }

    private static RadioButton radio(String text, String id, ToggleGroup group, DataKind kind) {
        RadioButton b = new RadioButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        b.setUserData(kind);
        return b;
    }

    /** A column picker bound both ways to a role; "(none)" stands for null. */
    private ComboBox<String> combo(StringProperty target, String id) {
        List<String> items = new ArrayList<>();
        items.add(NONE);
        items.addAll(model.columns());
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(items);
        box.setId(id);
        box.setVisibleRowCount(12);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String column) {
                if (column == null || NONE.equals(column)) {
                    return NONE;
                }
                String type = types.get(column);
                return type == null ? column : column + "   · " + type;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        box.setValue(target.get() == null ? NONE : target.get());
        box.valueProperty().addListener((obs, old, now) -> target.set(now == null || NONE.equals(now) ? null : now));
        target.addListener((obs, old, now) -> box.setValue(now == null ? NONE : now));
        return box;
    }

    /** Detect / day first / month first, bound both ways to the model's date order (null = detect). */
    private ComboBox<String> dateOrderCombo() {
        Map<String, DateLayout> choices = new java.util.LinkedHashMap<>();
        choices.put(DETECT, null);
        choices.put("Day first (31/12/2010)", DateLayout.DMY);
        choices.put("Month first (12/31/2010)", DateLayout.MDY);
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(choices.keySet());
        box.setId("date-order");
        box.setMaxWidth(Double.MAX_VALUE);
        java.util.function.Function<DateLayout, String> label = order -> choices.entrySet().stream()
                .filter(e -> e.getValue() == order).map(Map.Entry::getKey).findFirst().orElse(DETECT);
        box.setValue(label.apply(model.dateOrderProperty().get()));
        box.valueProperty().addListener((obs, old, now) -> model.dateOrderProperty().set(choices.get(now)));
        model.dateOrderProperty().addListener((obs, old, now) -> box.setValue(label.apply(now)));
        return box;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(100);
        javafx.scene.layout.ColumnConstraints boxes = new javafx.scene.layout.ColumnConstraints();
        boxes.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        boxes.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, boxes);
        return grid;
    }

    static String roleName(ColumnRole role) {
        String s = role.label();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Label roleLabel(String text) {
        return new Label(text);
    }

    private static Label sectionLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint-text");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
