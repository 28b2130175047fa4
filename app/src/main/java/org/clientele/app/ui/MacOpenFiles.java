package org.clientele.app.ui;

import javafx.application.Platform;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * macOS hands a double-clicked {@code .clientele} file to a running application as an "open file" event, not
 * as an argument (Linux and Windows pass the path on the command line, which {@link WorkbenchLauncher} reads).
 * Kept in a class of its own so that other systems never load AWT.
 */
final class MacOpenFiles {

    private MacOpenFiles() {
    }

    static boolean isMac() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac");
    }

    /** Opens each file the system hands over with {@code open}, on the JavaFX thread. */
    static void listen(Consumer<Path> open) {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
            return;
        }
        Desktop.getDesktop().setOpenFileHandler(event -> {
            List<File> files = event.getFiles();
            if (!files.isEmpty()) {
                Path file = files.get(0).toPath();
                Platform.runLater(() -> open.accept(file));
            }
        });
    }
}
