package org.clientele.app.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;

import java.util.Objects;
import java.util.function.Supplier;

/** Shows each failure as an error alert over the workbench window, its text from one {@link ErrorText}. */
public final class AlertErrorDialogs implements ErrorDialogService {

    private final Supplier<Window> owner;
    private final ErrorText text;

    public AlertErrorDialogs(Supplier<Window> owner, ErrorText text) {
        this.owner = Objects.requireNonNull(owner);
        this.text = Objects.requireNonNull(text);
    }

    @Override
    public void showError(String title, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label message = new Label(text.describe(error));
        message.setId("error-message");
        message.setWrapText(true);
        message.setMaxWidth(520);
        alert.getDialogPane().setContent(message);
        alert.show();
    }
}
