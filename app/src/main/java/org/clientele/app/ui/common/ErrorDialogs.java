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
        UserErrorText.Text words = UserErrorText.of(error);
        alert.setTitle(title);
        alert.setHeaderText(words.title());
        Label text = new Label(words.message());
        text.setWrapText(true);
        // A preferred width too, or the dialog sizes itself to the unwrapped line and runs off the screen.
        text.setPrefWidth(520);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.show();
    }
}
