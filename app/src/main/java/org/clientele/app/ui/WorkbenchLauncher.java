package org.clientele.app.ui;

import javafx.application.Application;

import java.nio.file.Path;

/** Starts the JavaFX workbench from a plain main class (see {@link org.clientele.app.Main} for why). */
public final class WorkbenchLauncher {

    private static volatile Path initialFile;

    private WorkbenchLauncher() {
    }

    /** Blocks until the window is closed. @param file the file to open, or null for the bundled sample */
    public static void launch(Path file) {
        initialFile = file;
        Application.launch(WorkbenchApp.class);
    }

    static Path initialFile() {
        return initialFile;
    }
}
