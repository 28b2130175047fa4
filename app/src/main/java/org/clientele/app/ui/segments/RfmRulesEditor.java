package org.clientele.app.ui.segments;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.clientele.core.segment.rfm.RfmRuleException;
import org.clientele.core.segment.rfm.RfmRuleTable;
import org.clientele.core.segment.rfm.RfmSegmentRule;

import java.io.File;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The RFM rule table, editable: double-click a cell to change a name, a score range, a description or an
 * action; add or remove rules; Apply checks that the 25 R × FM cells are each covered once and renames the
 * RFM segments; rules load from and save to CSV (the format of {@code segment --rfm-rules}).
 */
final class RfmRulesEditor {

    private final ObservableList<RfmSegmentRule> rules = FXCollections.observableArrayList(RfmRuleTable.defaults().rules());
    private final TableView<RfmSegmentRule> table = new TableView<>(rules);
    private final Label problem = new Label();
    private final Consumer<RfmRuleTable> apply;

    /** @param apply receives a valid table when the user applies it */
    RfmRulesEditor(Consumer<RfmRuleTable> apply) {
        this.apply = apply;
    }

    /** Shows the table the current segmentation used. */
    void show(RfmRuleTable used) {
        rules.setAll((used == null ? RfmRuleTable.defaults() : used).rules());
        problem.setText("");
    }

    Node content() {
        table.setId("rfm-rules");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(text("Segment", RfmSegmentRule::segment, (r, v) -> new RfmSegmentRule(v, r.rMin(), r.rMax(),
                r.fmMin(), r.fmMax(), r.description(), r.action()), 150));
        table.getColumns().add(text("R from", r -> "" + r.rMin(), (r, v) -> new RfmSegmentRule(r.segment(), score(v),
                r.rMax(), r.fmMin(), r.fmMax(), r.description(), r.action()), 60));
        table.getColumns().add(text("R to", r -> "" + r.rMax(), (r, v) -> new RfmSegmentRule(r.segment(), r.rMin(),
                score(v), r.fmMin(), r.fmMax(), r.description(), r.action()), 55));
        table.getColumns().add(text("FM from", r -> "" + r.fmMin(), (r, v) -> new RfmSegmentRule(r.segment(), r.rMin(),
                r.rMax(), score(v), r.fmMax(), r.description(), r.action()), 65));
        table.getColumns().add(text("FM to", r -> "" + r.fmMax(), (r, v) -> new RfmSegmentRule(r.segment(), r.rMin(),
                r.rMax(), r.fmMin(), score(v), r.description(), r.action()), 55));
        table.getColumns().add(text("Description", RfmSegmentRule::description, (r, v) -> new RfmSegmentRule(r.segment(),
                r.rMin(), r.rMax(), r.fmMin(), r.fmMax(), v, r.action()), 240));
        table.getColumns().add(text("Action", RfmSegmentRule::action, (r, v) -> new RfmSegmentRule(r.segment(),
                r.rMin(), r.rMax(), r.fmMin(), r.fmMax(), r.description(), v), 240));

        Button applyButton = new Button("Apply rules");
        applyButton.setId("rfm-apply");
        applyButton.setOnAction(e -> applyRules());
        Button add = new Button("Add rule");
        add.setOnAction(e -> rules.add(new RfmSegmentRule("New segment", 1, 1, 1, 1, "", "")));
        Button remove = new Button("Remove rule");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> rules.remove(table.getSelectionModel().getSelectedItem()));
        Button reset = new Button("Customary rules");
        reset.setOnAction(e -> show(null));
        Button load = new Button("Load CSV…");
        load.setOnAction(e -> load());
        Button save = new Button("Save CSV…");
        save.setOnAction(e -> save());
        problem.setId("rfm-rules-problem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        Label title = new Label("Rules: R = recency score 1–5, FM = ⌊(F + M) / 2⌋; the first matching rule names the "
                + "customer. Double-click a cell to edit it, then Apply.");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        HBox buttons = new HBox(6, applyButton, add, remove, reset, load, save);
        VBox box = new VBox(4, title, table, buttons, problem);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    /** Checks the edited table and hands it on; a table that leaves cells uncovered says which. */
    void applyRules() {
        try {
            RfmRuleTable valid = new RfmRuleTable(rules);
            problem.setText("");
            apply.accept(valid);
        } catch (RfmRuleException e) {
            problem.setText(e.getMessage());
        }
    }

    ObservableList<RfmSegmentRule> rules() {
        return rules;
    }

    private void load() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Load RFM rules");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV or JSON rules", "*.csv", "*.json"));
        File file = chooser.showOpenDialog(table.getScene().getWindow());
        if (file != null) {
            try {
                rules.setAll(RfmRuleTable.read(file.toPath()).rules());
                problem.setText("");
            } catch (RfmRuleException e) {
                problem.setText(e.getMessage());
            }
        }
    }

    private void save() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save RFM rules");
        chooser.setInitialFileName("rfm_rules.csv");
        File file = chooser.showSaveDialog(table.getScene().getWindow());
        if (file != null) {
            try {
                new RfmRuleTable(rules).writeCsv(file.toPath());
            } catch (RfmRuleException e) {
                problem.setText(e.getMessage());
            }
        }
    }

    private static int score(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0; // the table check then names the rule with the bad score
        }
    }

    private TableColumn<RfmSegmentRule, String> text(String name, Function<RfmSegmentRule, String> value,
                                                     BiFunction<RfmSegmentRule, String, RfmSegmentRule> edit, double width) {
        TableColumn<RfmSegmentRule, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> rules.set(e.getTablePosition().getRow(), edit.apply(e.getRowValue(), e.getNewValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
