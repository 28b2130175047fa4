package org.clientele.app.ui.data;

import org.clientele.app.ui.InMemoryPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecentFilesTest {

    private Preferences node;

    @BeforeEach
    void node() {
        node = InMemoryPreferences.root().node("recentFiles");
    }

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void keepsTheLastEightMostRecentFirstWithoutDuplicates(@TempDir Path dir) {
        RecentFiles recent = new RecentFiles(node);
        for (int i = 0; i < 10; i++) {
            recent.add(dir.resolve("f" + i + ".csv"));
        }
        recent.add(dir.resolve("f5.csv"));
        recent.add(dir.resolve("sub/../f5.csv"));

        List<Path> files = recent.files();
        assertEquals(RecentFiles.MAX, files.size());
        assertEquals(dir.resolve("f5.csv"), files.get(0));
        assertEquals(List.of("f5.csv", "f9.csv", "f8.csv", "f7.csv", "f6.csv", "f4.csv", "f3.csv", "f2.csv"),
                files.stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void survivesARestartThroughThePreferencesNode(@TempDir Path dir) {
        RecentFiles first = new RecentFiles(node);
        first.add(dir.resolve("a.csv"));
        first.add(dir.resolve("b.csv"));

        RecentFiles again = new RecentFiles(node);
        assertEquals(List.of(dir.resolve("b.csv"), dir.resolve("a.csv")), again.files());

        again.clear();
        assertTrue(new RecentFiles(node).files().isEmpty());
    }

    @Test
    void storesAbsolutePathsAndIsReadOnlyToCallers() {
        RecentFiles recent = new RecentFiles(node);
        recent.add(Path.of("relative.csv"));
        assertTrue(recent.files().get(0).isAbsolute());
        assertThrows(UnsupportedOperationException.class, () -> recent.files().clear());
    }

    @Test
    void marksFilesThatAreGoneAsMissing(@TempDir Path dir) throws Exception {
        Path here = Files.writeString(dir.resolve("here.csv"), "a\n1\n");
        Path gone = dir.resolve("gone.csv");
        assertTrue(RecentFiles.exists(here));
        assertFalse(RecentFiles.exists(gone));
        assertTrue(RecentMenu.label(gone, false).startsWith("gone.csv"));
        assertTrue(RecentMenu.label(gone, false).endsWith("(missing)"));
        assertFalse(RecentMenu.label(here, true).contains("missing"));
    }
}
