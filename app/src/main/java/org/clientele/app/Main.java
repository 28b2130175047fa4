package org.clientele.app;

import org.clientele.app.cli.ClienteleCli;
import org.clientele.app.ui.WorkbenchLauncher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The one entry point: no arguments opens the workbench on the bundled sample, {@code open FILE} or a
 * lone {@code FILE.clientele} (how the desktop's file association starts it) opens the workbench on that
 * file, and any other first word is a headless subcommand.
 * Deliberately not a JavaFX {@code Application}: on the classpath JavaFX refuses to start a main class
 * that extends it ("JavaFX runtime components are missing"). The workbench and the CLI are only named in
 * the branch that uses them, so a subcommand never loads JavaFX classes and the workbench no picocli.
 */
public final class Main {

    /** Must equal {@code ProjectArchive.EXTENSION}; not referenced here to keep core out of start-up. */
    static final String PROJECT_EXTENSION = ".clientele";

    private Main() {
    }

    public static void main(String[] args) {
        QuietLogging.whenLoggingStarts();
        Path file = workbenchFile(args);
        if (args.length == 0 || file != null) {
            WorkbenchLauncher.launch(file);
        } else {
            System.exit(ClienteleCli.run(args));
        }
    }

    /** The file the workbench should open, or null (no arguments, or a subcommand). */
    static Path workbenchFile(String... args) {
        if (args.length == 2 && args[0].equals("open") && !args[1].startsWith("-")) {
            return Path.of(args[1]);
        }
        if (args.length == 1 && isProjectFile(args[0])) {
            return Path.of(args[0]);
        }
        return null;
    }

    private static boolean isProjectFile(String arg) {
        return !arg.startsWith("-") && arg.toLowerCase(Locale.ROOT).endsWith(PROJECT_EXTENSION)
                && Files.isRegularFile(Path.of(arg));
    }
}
