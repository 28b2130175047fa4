package org.clientele.app.ui;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import java.util.prefs.Preferences;

/**
 * The real workbench window, styled as users see it, for TestFX tests: 1280×800 unless
 * {@code -Dclientele.width}/{@code -Dclientele.height} ask for another size (to check a small laptop).
 * Its preferences are a throwaway in-memory tree, so tests leave the user's recent files alone.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WorkbenchWindowFixture {

    protected Stage stage;
    protected MainWindow window;
    /** Where this window remembers recent files and folders: in memory, never the user's real preferences. */
    protected final Preferences prefs = InMemoryPreferences.root();

    /** Call from the subclass's {@code @Start} method: TestFX only looks for it on the test class itself. */
    protected void startWorkbench(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage, prefs);
        Scene scene = new Scene(window.root(), Integer.getInteger("clientele.width", 1280),
                Integer.getInteger("clientele.height", 800));
        scene.getStylesheets().add(WorkbenchApp.class.getResource("clientele.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stopWorkbench() {
        window.shutdown(); // the in-memory preferences go with the test instance
    }
}
