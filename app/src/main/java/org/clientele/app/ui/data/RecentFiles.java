package org.clientele.app.ui.data;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The files opened last, most recent first, without duplicates, at most {@link #MAX}; kept in a
 * preferences node so they survive a restart. Only successfully opened files belong here.
 */
public final class RecentFiles {

    public static final int MAX = 8;
    private static final String KEY = "file.";

    private final Preferences node;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> view = FXCollections.unmodifiableObservableList(files);

    /** @param node where the list is stored (its keys {@code file.0} … {@code file.7} belong to this class) */
    public RecentFiles(Preferences node) {
        this.node = node;
        List<Path> loaded = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String s = node.get(KEY + i, null);
            if (s == null || s.isBlank()) {
                continue;
            }
            try {
                Path p = normalize(Path.of(s));
                if (!loaded.contains(p)) {
                    loaded.add(p);
                }
            } catch (InvalidPathException ignored) {
                // A hand-edited or foreign entry: dropped.
            }
        }
        files.setAll(loaded);
    }

    /** Most recent first; unmodifiable (use {@link #add}, {@link #clear}). */
    public ObservableList<Path> files() {
        return view;
    }

    /** Puts a file at the top, removing an earlier entry for it and the oldest beyond {@link #MAX}. */
    public void add(Path file) {
        Path p = normalize(file);
        List<Path> next = new ArrayList<>(files);
        next.remove(p);
        next.add(0, p);
        while (next.size() > MAX) {
            next.remove(next.size() - 1);
        }
        files.setAll(next);
        save();
    }

    public void clear() {
        files.clear();
        save();
    }

    /** Whether an entry can still be opened (menus show the others disabled). */
    public static boolean exists(Path file) {
        return Files.isRegularFile(file);
    }

    private static Path normalize(Path file) {
        return file.toAbsolutePath().normalize();
    }

    private void save() {
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                node.put(KEY + i, files.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException ignored) {
            // Not remembering recent files is no reason to fail an open.
        }
    }
}
