package org.clientele.app.ui;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Opening a file in a test window is remembered in the test's throwaway node, not in the user's real one. */
class PreferencesIsolationUiTest extends WorkbenchWindowFixture {

    /** Where the installed workbench keeps its recent files and folders. */
    private static final String REAL_NODE = "org/clientele/app/ui";

    @Start
    void start(Stage stage) {
        startWorkbench(stage);
    }

    @Test
    void openingAFileLeavesTheUsersRealPreferencesUntouched(FxRobot robot, @TempDir Path dir) throws Exception {
        Map<String, String> before = realPreferences();
        Path file = Files.writeString(dir.resolve("isolated-" + System.nanoTime() + ".csv"), "id,spend\n1,10\n2,20\n3,30\n");

        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.dataViewModel().datasetProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertInstanceOf(InMemoryPreferences.class, prefs);
        assertEquals(file.toAbsolutePath().normalize(), window.recentFiles().files().get(0));
        assertEquals(file.toAbsolutePath().normalize().toString(), prefs.node("recentFiles").get("file.0", null),
                "remembered in the test's own node");
        assertEquals(before, realPreferences(), "the user's real preferences did not change");
    }

    /** Every key under the real node, read without creating the node when it does not exist. */
    private static Map<String, String> realPreferences() throws BackingStoreException {
        Map<String, String> all = new TreeMap<>();
        Preferences root = Preferences.userRoot();
        if (root.nodeExists(REAL_NODE)) {
            collect(root.node(REAL_NODE), all);
        }
        return all;
    }

    private static void collect(Preferences node, Map<String, String> into) throws BackingStoreException {
        node.sync();
        for (String key : node.keys()) {
            into.put(node.absolutePath() + "/" + key, node.get(key, null));
        }
        for (String child : node.childrenNames()) {
            collect(node.node(child), into);
        }
    }
}
