package org.clientele.app.ui;

import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.clientele.app.ui.report.ReportAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbench's report button writes what 'clientele report' writes and opens report.html in the browser. */
class ReportUiTest extends WorkbenchWindowFixture {

    @Start
    void start(Stage stage) {
        startWorkbench(stage);
    }

    @Test
    void theReportIsWrittenAndOpened(FxRobot robot, @TempDir Path dir) throws Exception {
        AtomicReference<String> opened = new AtomicReference<>();
        window.setBrowser(opened::set);
        assertTrue(robot.lookup("#toolbar-report").queryAs(Button.class).isDisabled(), "nothing to report before a file");
        robot.interact(window::openSample);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.state().datasetProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#toolbar-report").queryAs(Button.class).isDisabled());

        assertFalse(ReportAction.holdsReport(dir));
        robot.interact(() -> window.reportAction().write(window.state().datasetProperty().get(), 42, dir, false));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> opened.get() != null);
        assertEquals(dir.resolve("report.html").toUri().toString(), opened.get());
        assertTrue(Files.readString(dir.resolve("report.html")).contains("<html"));
        assertTrue(Files.isRegularFile(dir.resolve("summary.json")));
        try (var lists = Files.list(dir.resolve("lists"))) {
            assertTrue(lists.count() >= 2, "one marketing list per segment");
        }
        assertTrue(ReportAction.holdsReport(dir), "a second report here asks before replacing it");
    }
}
