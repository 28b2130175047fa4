package org.clientele.app.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Shows a failure the way the CLI prints it: what went wrong, where, and what to do. */
public final class ErrorDialogs {

    private ErrorDialogs() {
    }

    public static String describe(Throwable error) {
        return UserErrorText.of(error).message();
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
