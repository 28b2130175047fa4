package org.clientele.app.ui.common;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;

import javax.imageio.ImageIO;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** "Save as PNG…" for any chart or view: what is on screen, at its on-screen size. */
public final class PngExport {

    private PngExport() {
    }

    /** Adds a right-click menu to {@code node} that saves it as a PNG named after {@code suggestedName}. */
    public static void install(Node node, String suggestedName) {
        MenuItem save = new MenuItem("Save as PNG…");
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save " + suggestedName + " as PNG");
            chooser.setInitialFileName(suggestedName.replaceAll("[^A-Za-z0-9._-]+", "_") + ".png");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
            File file = chooser.showSaveDialog(node.getScene().getWindow());
            if (file != null) {
                try {
                    write(node, file.toPath());
                } catch (UncheckedIOException ex) {
                    ErrorDialogs.show(node.getScene().getWindow(), "Could not save the image", ex);
                }
            }
        });
        ContextMenu menu = new ContextMenu(save);
        node.setOnContextMenuRequested(e -> menu.show(node, e.getScreenX(), e.getScreenY()));
    }

    /** Writes what {@code node} shows to {@code file}; must run on the FX thread. */
    public static void write(Node node, Path file) {
        WritableImage image = node.snapshot(new SnapshotParameters(), null);
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
