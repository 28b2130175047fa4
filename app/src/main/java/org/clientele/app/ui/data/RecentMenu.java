package org.clientele.app.ui.data;

import javafx.collections.ObservableList;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The items of an "Open recent" menu: one per recent file (disabled when it is gone), then "Clear". */
public final class RecentMenu {

    private static final int MAX_FOLDER_CHARS = 48;

    private RecentMenu() {
    }

    /** Replaces {@code items} with the current recent files; call when the menu is about to show. */
    public static void fill(ObservableList<MenuItem> items, RecentFiles recent, Consumer<Path> open) {
        List<MenuItem> out = new ArrayList<>();
        int n = 0;
        for (Path file : recent.files()) {
            boolean exists = RecentFiles.exists(file);
            MenuItem item = new MenuItem(label(file, exists));
            item.setMnemonicParsing(false);
            item.setId("recent-" + n++);
            item.setDisable(!exists);
            item.setOnAction(e -> open.accept(file));
            out.add(item);
        }
        if (out.isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            out.add(none);
        } else {
            MenuItem clear = new MenuItem("Clear recent files");
            clear.setId("recent-clear");
            clear.setOnAction(e -> recent.clear());
            out.add(new SeparatorMenuItem());
            out.add(clear);
        }
        items.setAll(out);
    }

    /** "sales.csv — ~/data/2024", with " (missing)" for a file that is gone. */
    static String label(Path file, boolean exists) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Path parent = file.getParent();
        String folder = parent == null ? "" : shorten(home(parent.toString()));
        return name + (folder.isEmpty() ? "" : "  —  " + folder) + (exists ? "" : "  (missing)");
    }

    private static String home(String folder) {
        String home = System.getProperty("user.home");
        return home != null && !home.isEmpty() && folder.startsWith(home) ? "~" + folder.substring(home.length()) : folder;
    }

    private static String shorten(String folder) {
        return folder.length() <= MAX_FOLDER_CHARS ? folder : "…" + folder.substring(folder.length() - MAX_FOLDER_CHARS + 1);
    }
}
