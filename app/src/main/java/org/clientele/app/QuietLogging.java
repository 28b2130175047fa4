package org.clientele.app;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tribuo logs every training run at INFO and JavaFX warns about running from the classpath; neither
 * helps a user reading the command's output, so both are lowered to errors. This is the one place the
 * program configures logging: core never does (an architecture rule), so an application embedding core
 * decides for itself. JavaFX's stylesheet errors stay visible: a broken rule silently unstyles the window.
 */
public final class QuietLogging {

    // Held strongly: java.util.logging keeps only weak references to configured loggers.
    private static final Logger[] QUIETED = {
            Logger.getLogger("org.tribuo"),
            Logger.getLogger("com.oracle.labs.mlrg.olcut"),
            Logger.getLogger("ml.dmlc.xgboost4j"),
            Logger.getLogger("javafx"),
    };
    private static final Logger CSS = Logger.getLogger("javafx.css");

    private QuietLogging() {
    }

    public static void apply() {
        for (Logger logger : QUIETED) {
            logger.setLevel(Level.SEVERE);
        }
        CSS.setLevel(Level.WARNING);
    }
}
