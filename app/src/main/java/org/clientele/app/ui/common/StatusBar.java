package org.clientele.app.ui.common;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The bottom line of the window: what is happening, how far along, and a button to stop it. */
public final class StatusBar extends HBox {

    public StatusBar(FxTaskRunner runner) {
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(runner.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);

        ProgressBar bar = new ProgressBar();
        bar.setId("status-progress");
        bar.setPrefWidth(180);
        bar.progressProperty().bind(runner.progressProperty());
        bar.visibleProperty().bind(runner.runningProperty());

        Button cancel = new Button("Cancel");
        cancel.setId("status-cancel");
        cancel.visibleProperty().bind(runner.runningProperty());
        cancel.setOnAction(e -> runner.cancel());

        getChildren().addAll(message, bar, cancel);
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 8));
        getStyleClass().add("status-bar");
    }
}
