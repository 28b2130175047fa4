package org.clientele.app;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tribuo logs every training run at INFO and JavaFX warns about running from the classpath; neither
 * helps a user reading the command's output, so both are lowered to warnings and errors.
 */
public final class QuietLogging {

    // Held strongly: java.util.logging keeps only weak references to configured loggers.
    private static final Logger[] QUIETED = {
            Logger.getLogger("org.tribuo"),
            Logger.getLogger("com.oracle.labs.mlrg.olcut"),
            Logger.getLogger("ml.dmlc.xgboost4j"),
            Logger.getLogger("javafx"),
    };

    private QuietLogging() {
    }

    public static void apply() {
        for (Logger logger : QUIETED) {
            logger.setLevel(Level.SEVERE);
        }
    }
}
