package org.clientele.app.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.clientele.app.QuietLogging;

import java.nio.file.Path;
import java.util.prefs.Preferences;

/** The JavaFX application: one {@link MainWindow}, its size remembered between sessions. */
public final class WorkbenchApp extends Application {

    private static final Preferences PREFS = Preferences.userNodeForPackage(WorkbenchApp.class);

    private MainWindow window;

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("toolkit started");
        QuietLogging.unlessConfigured();
        window = new MainWindow(stage, java.util.prefs.Preferences.userNodeForPackage(MainWindow.class), recoveryFile());
        StartupProbe.mark("window built");
        window.setBrowser(getHostServices()::showDocument);
        // The remembered size, but never larger than this screen (a small laptop, a projector).
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window.root(), Math.min(PREFS.getDouble("width", 1280), screen.getWidth()),
                Math.min(PREFS.getDouble("height", 800), screen.getHeight()));
        scene.getStylesheets().add(WorkbenchApp.class.getResource("clientele.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Clientele");
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        stage.setOnCloseRequest(e -> {
            if (!window.confirmClose()) {
                e.consume();
                return;
            }
            PREFS.putDouble("width", scene.getWidth());
            PREFS.putDouble("height", scene.getHeight());
        });
        StartupProbe.watch(scene);
        stage.show();
        StartupProbe.mark("shown");
        // The file is opened once the first frame is on screen: reading it competes for the same cores as
        // building the window, and a window that appears at once with a progress bar is the better start.
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(this::openInitialFile);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private void openInitialFile() {
        if (MacOpenFiles.isMac()) {
            MacOpenFiles.listen(window::open);
        }
        Path file = WorkbenchLauncher.initialFile();
        if (window.offerRecovery()) {
            return;
        }
        if (file != null) {
            window.open(file);
        } else {
            window.openSample();
        }
    }

    /** Where the analysis is autosaved: in the user's Clientele folder, outside any project. */
    private static Path recoveryFile() {
        return Path.of(System.getProperty("user.home"), ".clientele", "recovery.clientele");
    }

    @Override
    public void stop() {
        if (window != null) {
            window.discardRecovery();
            window.shutdown();
        }
    }
}
