package org.clientele.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Tribuo logs every training run at INFO and JavaFX warns about running from the classpath; neither
 * helps a user reading the command's output, so both are lowered to errors. This is the one place the
 * program configures logging: core never does (an architecture rule), so an application embedding core
 * decides for itself. JavaFX's stylesheet errors stay visible: a broken rule silently unstyles the window.
 */
public final class QuietLogging {

    static final String CONFIG_CLASS = "java.util.logging.config.class";
    static final String CONFIG_FILE = "java.util.logging.config.file";

    // Held strongly: java.util.logging keeps only weak references to configured loggers.
    private static Logger[] quieted;
    private static Logger css;

    private QuietLogging() {
    }

    /**
     * Sets the levels when java.util.logging first starts rather than now: starting it costs ~45 ms of a
     * cold JVM's main thread, and commands such as {@code rfm} never log. A logging configuration the user
     * names with {@code -Djava.util.logging.config.file} or {@code .class} is left alone.
     */
    public static void whenLoggingStarts() {
        if (System.getProperty(CONFIG_CLASS) == null && System.getProperty(CONFIG_FILE) == null) {
            System.setProperty(CONFIG_CLASS, Config.class.getName());
        }
    }

    /**
     * For an entry point that may not have come through {@link #whenLoggingStarts} (the workbench started by
     * its tests): sets the levels now unless a logging configuration is already named.
     */
    public static void unlessConfigured() {
        if (System.getProperty(CONFIG_CLASS) == null && System.getProperty(CONFIG_FILE) == null) {
            apply();
        }
    }

    static synchronized void apply() {
        if (quieted == null) {
            quieted = new Logger[] {
                    Logger.getLogger("org.tribuo"),
                    Logger.getLogger("com.oracle.labs.mlrg.olcut"),
                    Logger.getLogger("ml.dmlc.xgboost4j"),
                    Logger.getLogger("javafx"),
            };
            css = Logger.getLogger("javafx.css");
        }
        for (Logger logger : quieted) {
            logger.setLevel(Level.SEVERE);
        }
        css.setLevel(Level.WARNING);
    }

    /**
     * Instantiated by the LogManager when it starts (named by {@link #CONFIG_CLASS}): reads the JDK's own
     * logging.properties, as the LogManager would have without us, then quiets the libraries.
     */
    public static final class Config {

        public Config() throws IOException {
            Path defaults = Path.of(System.getProperty("java.home"), "conf", "logging.properties");
            if (Files.isRegularFile(defaults)) {
                try (InputStream in = Files.newInputStream(defaults)) {
                    LogManager.getLogManager().readConfiguration(in);
                }
            }
            apply();
        }
    }
}
