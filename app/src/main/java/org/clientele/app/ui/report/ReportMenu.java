package org.clientele.app.ui.report;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import org.clientele.core.analysis.OpenedDataset;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;

/** File ▸ Manager's report… and its toolbar button: choose a folder, confirm an overwrite, write, open. */
public final class ReportMenu {

    private final Stage stage;
    private final ReportAction action;
    private final ObjectProperty<OpenedDataset> dataset;
    private final Preferences prefs;

    public ReportMenu(Stage stage, ReportAction action, ObjectProperty<OpenedDataset> dataset, Preferences prefs) {
        this.stage = stage;
        this.action = action;
        this.dataset = dataset;
        this.prefs = prefs;
    }

    public MenuItem item() {
        MenuItem item = new MenuItem("Manager's report…");
        item.setId("menu-report");
        item.setAccelerator(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN));
        item.disableProperty().bind(dataset.isNull().or(action.writingProperty()));
        item.setOnAction(e -> chooseAndWrite());
        return item;
    }

    public Button button() {
        Button button = new Button("Report…");
        button.setId("toolbar-report");
        button.setTooltip(new Tooltip("Write the manager's report of this file and open it in the browser (Ctrl+R)"));
        button.disableProperty().bind(dataset.isNull().or(action.writingProperty()));
        button.setOnAction(e -> chooseAndWrite());
        return button;
    }

    private void chooseAndWrite() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for the report (report.html, summary.json, lists)");
        String last = prefs.get("lastReportFolder", null);
        if (last != null && Files.isDirectory(Path.of(last))) {
            chooser.setInitialDirectory(new File(last));
        }
        File chosen = chooser.showDialog(stage);
        if (chosen == null) {
            return;
        }
        Path dir = chosen.toPath();
        prefs.put("lastReportFolder", dir.toString());
        boolean overwrite = false;
        if (ReportAction.holdsReport(dir)) {
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, dir + " already holds a report. Replace it?");
            alert.initOwner(stage);
            alert.setHeaderText(null);
            if (alert.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
                return;
            }
            overwrite = true;
        }
        action.write(dataset.get(), 42, dir, overwrite);
    }
}
