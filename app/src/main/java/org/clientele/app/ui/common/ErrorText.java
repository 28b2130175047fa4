package org.clientele.app.ui.common;

import org.clientele.core.data.DataFileException;

/**
 * Turns a failure into the text of its dialog: the same message the CLI prints, with what to do. A
 * class of its own so richer phrasings (per error type, with a fix for the workbench) go in one place.
 */
public class ErrorText {

    public String describe(Throwable error) {
        if (error instanceof DataFileException data) {
            return data.userMessage();
        }
        if (error instanceof OutOfMemoryError) {
            return "Not enough memory for this file. Start Clientele with more heap (JAVA_OPTS=-Xmx8g) or open a smaller file.";
        }
        Throwable cause = error.getCause() != null && error.getMessage() == null ? error.getCause() : error;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
