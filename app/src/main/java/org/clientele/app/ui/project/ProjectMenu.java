package org.clientele.app.ui.project;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.clientele.core.project.ProjectArchive;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * File ▸ Open analysis / Save analysis / Save analysis as, the question before closing with unsaved
 * changes, and an autosave every few minutes into a recovery file that is offered back after a crash.
 */
public final class ProjectMenu {

    static final Duration AUTOSAVE_EVERY = Duration.minutes(3);
    private static final FileChooser.ExtensionFilter FILTER =
            new FileChooser.ExtensionFilter("Clientele analyses", "*" + ProjectArchive.EXTENSION);

    private final Stage stage;
    private final ProjectViewModel model;
    private final Preferences prefs;
    private final Path recoveryFile;
    private final Timeline autosave;

    /** @param recoveryFile where autosaves go; null turns autosave off (tests) */
    public ProjectMenu(Stage stage, ProjectViewModel model, Preferences prefs, Path recoveryFile) {
        this.stage = stage;
        this.model = model;
        this.prefs = prefs;
        this.recoveryFile = recoveryFile;
        this.autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> autosave()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        if (recoveryFile != null) {
            autosave.play();
        }
    }

    public List<MenuItem> items() {
        MenuItem open = new MenuItem("Open analysis…");
        open.setId("menu-open-project");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        open.setOnAction(e -> chooseAndOpen());
        MenuItem save = new MenuItem("Save analysis");
        save.setId("menu-save-project");
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        save.setOnAction(e -> save(null));
        MenuItem saveAs = new MenuItem("Save analysis as…");
        saveAs.setId("menu-save-project-as");
        saveAs.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        saveAs.setOnAction(e -> saveAs(null));
        return List.of(open, save, saveAs);
    }

    /** Saves to the current file, or asks for one; {@code then} runs after a successful save. */
    public void save(Runnable then) {
        Path current = model.fileProperty().get();
        if (current == null) {
            saveAs(then);
        } else {
            model.save(current, false, then);
        }
    }

    private void saveAs(Runnable then) {
        if (!model.canSave()) {
            return;
        }
        FileChooser chooser = chooser("Save the analysis");
        chooser.setInitialFileName("analysis" + ProjectArchive.EXTENSION);
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            Path target = chosen.toPath();
            if (!target.getFileName().toString().endsWith(ProjectArchive.EXTENSION)) {
                target = target.resolveSibling(target.getFileName() + ProjectArchive.EXTENSION);
            }
            prefs.put("lastProjectFolder", target.toAbsolutePath().getParent().toString());
            model.save(target, false, then);
        }
    }

    private void chooseAndOpen() {
        if (!confirmDiscard()) {
            return;
        }
        File chosen = chooser("Open a saved analysis").showOpenDialog(stage);
        if (chosen != null) {
            prefs.put("lastProjectFolder", chosen.getParent());
            model.open(chosen.toPath(), questions(), null);
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(FILTER);
        String last = prefs.get("lastProjectFolder", null);
        if (last != null && Files.isDirectory(Path.of(last))) {
            chooser.setInitialDirectory(new File(last));
        }
        return chooser;
    }

    /** The dialogs that answer a project's data questions. */
    public ProjectViewModel.DataQuestions questions() {
        return new ProjectViewModel.DataQuestions() {
            @Override
            public Path locate(Path recorded) {
                Alert alert = alert(Alert.AlertType.WARNING, "The analysis' data file is not at " + recorded
                        + ". Show Clientele where it is now.");
                alert.getButtonTypes().setAll(new ButtonType("Find it…", ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
                if (alert.showAndWait().filter(b -> b != ButtonType.CANCEL).isEmpty()) {
                    return null;
                }
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Where is " + recorded.getFileName() + " now?");
                chooser.setInitialFileName(recorded.getFileName().toString());
                File chosen = chooser.showOpenDialog(stage);
                return chosen == null ? null : chosen.toPath();
            }

            @Override
            public boolean acceptChanged(Path file) {
                Alert alert = alert(Alert.AlertType.CONFIRMATION, file.getFileName() + " has changed since the analysis "
                        + "was saved. Re-run the analysis on the file as it is now? The figures will differ from the saved ones.");
                return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
            }
        };
    }

    /** Asks before unsaved changes are lost; false keeps the window open. */
    public boolean confirmDiscard() {
        if (!model.dirtyProperty().get()) {
            return true;
        }
        ButtonType saveButton = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "The analysis has changes that are not saved. Save them?");
        alert.getButtonTypes().setAll(saveButton, discard, ButtonType.CANCEL);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        if (answer.get() == saveButton) {
            save(null);
            return false; // saving runs in the background; the user closes again once it is done
        }
        return true;
    }

    private Alert alert(Alert.AlertType type, String text) {
        Alert alert = new Alert(type, text);
        alert.initOwner(stage);
        alert.setHeaderText(null);
        alert.getDialogPane().setMinWidth(460);
        return alert;
    }

    private void autosave() {
        if (recoveryFile != null && model.dirtyProperty().get() && model.canSave()) {
            model.save(recoveryFile, true, null);
        }
    }

    /** After a crash: offers the autosaved analysis; true when it is being restored. */
    public boolean offerRecovery() {
        if (recoveryFile == null || !Files.isRegularFile(recoveryFile)) {
            return false;
        }
        String when;
        try {
            FileTime t = Files.getLastModifiedTime(recoveryFile);
            when = DateTimeFormatter.ofPattern("d MMM HH:mm").withZone(ZoneId.systemDefault()).format(t.toInstant());
        } catch (IOException e) {
            when = "earlier";
        }
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Clientele did not close normally. Restore the analysis "
                + "autosaved " + when + "?");
        boolean restore = alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
        if (restore) {
            model.open(recoveryFile, questions(), f -> discardRecovery(), true);
        } else {
            discardRecovery();
        }
        return restore;
    }

    /** A clean exit leaves no recovery file behind. */
    public void discardRecovery() {
        autosave.stop();
        if (recoveryFile != null) {
            try {
                Files.deleteIfExists(recoveryFile);
            } catch (IOException ignored) {
                // the next start offers it once more; nothing is lost
            }
        }
        if (recoveryFile != null) {
            autosave.play();
        }
    }

    public void stop() {
        autosave.stop();
    }
}
