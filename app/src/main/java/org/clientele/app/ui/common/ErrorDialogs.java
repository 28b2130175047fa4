package org.clientele.app.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.clientele.core.data.DataFileException;

/** Shows a failure the way the CLI prints it: what went wrong, where, and what to do. */
public final class ErrorDialogs {

    private ErrorDialogs() {
    }

    public static String describe(Throwable error) {
        if (error instanceof DataFileException data) {
            return data.userMessage();
        }
        if (error instanceof OutOfMemoryError) {
            return "Not enough memory for this file. Start Clientele with more heap (JAVA_OPTS=-Xmx8g) or open a smaller file.";
        }
        Throwable cause = error.getCause() != null && error.getMessage() == null ? error.getCause() : error;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    public static void show(Window owner, String title, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(describe(error));
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.show();
    }
}
