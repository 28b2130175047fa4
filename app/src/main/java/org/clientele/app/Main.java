package org.clientele.app;

import org.clientele.app.cli.ClienteleCli;
import org.clientele.app.ui.WorkbenchLauncher;

import java.nio.file.Path;

/**
 * The one entry point: no arguments opens the workbench on the bundled sample, {@code open FILE}
 * opens it on FILE, and any other first word is a headless subcommand.
 * Deliberately not a JavaFX {@code Application}: on the classpath JavaFX refuses to start a main class
 * that extends it ("JavaFX runtime components are missing").
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        QuietLogging.apply();
        if (args.length == 0) {
            WorkbenchLauncher.launch(null);
        } else if (args[0].equals("open") && args.length == 2 && !args[1].startsWith("-")) {
            WorkbenchLauncher.launch(Path.of(args[1]));
        } else {
            System.exit(ClienteleCli.run(args));
        }
    }
}
