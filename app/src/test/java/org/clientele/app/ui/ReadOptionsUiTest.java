package org.clientele.app.ui;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The toolbar's "Kind & columns…" dialog re-opens the file as chosen, and the recent menu remembers it. */
@ExtendWith(ApplicationExtension.class)
class ReadOptionsUiTest {

    private final Preferences prefs = InMemoryPreferences.root();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, prefs);
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        window.shutdown();
    }

    /** Read on the FX thread: looking nodes up from the test thread races the scene graph being rebuilt. */
    private String summary(FxRobot robot) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#dataset-summary").queryAs(Label.class).getText()).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void waitForSummary(FxRobot robot, String start) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> summary(robot).startsWith(start));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void openDialog(FxRobot robot) {
        robot.clickOn("#toolbar-read-options");
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#read-options-ok").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the Kind & columns dialog did not open", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void reopenAs(FxRobot robot, String kindId) {
        openDialog(robot);
        robot.clickOn(kindId);
        robot.clickOn("#read-options-ok");
    }

    @Test
    void switchesTheKindOfTheSampleAndBackAndListsItAsRecent(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#toolbar-read-options").query().isDisabled(), "nothing to describe before a file is open");
        robot.interact(window::openSample);
        waitForSummary(robot, "Transaction log");
        assertFalse(robot.lookup("#toolbar-read-options").query().isDisabled());

        reopenAs(robot, "#kind-customers");
        waitForSummary(robot, "Customer table");
        assertFalse(window.dataViewModel().datasetProperty().get().isTransactionLog());

        openDialog(robot);
        ComboBox<?> customer = robot.lookup("#role-customer").queryAs(ComboBox.class);
        assertFalse(shown(customer), "a customer table shows only its id column");
        assertEquals("CustomerID", robot.lookup("#id-column").queryAs(ComboBox.class).getValue());
        robot.clickOn("#kind-transactions");
        assertEquals("CustomerID", customer.getValue(), "switching back suggests the log's columns");
        assertEquals("UnitPrice", robot.lookup("#role-price").queryAs(ComboBox.class).getValue());
        robot.clickOn("#read-options-ok");
        waitForSummary(robot, "Transaction log");

        String name = window.dataViewModel().datasetProperty().get().file().getFileName().toString();
        assertEquals(1, window.recentFiles().files().size(), "the same file opened three times is one entry");
        robot.clickOn("#toolbar-recent");
        WaitForAsyncUtils.waitForFxEvents();
        MenuButton recent = robot.lookup("#toolbar-recent").queryAs(MenuButton.class);
        MenuItem first = recent.getItems().get(0);
        assertTrue(first.getText().startsWith(name), first.getText());
        assertFalse(first.isDisable());
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void aPriceColumnOfTextShowsTheFileError(FxRobot robot) throws Exception {
        robot.interact(window::openSample);
        waitForSummary(robot, "Transaction log");

        openDialog(robot);
        @SuppressWarnings("unchecked")
        ComboBox<String> price = robot.lookup("#role-price").queryAs(ComboBox.class);
        robot.interact(() -> price.setValue("Country"));
        assertEquals("(none)", robot.lookup("#role-country").queryAs(ComboBox.class).getValue(),
                "a column plays one role");
        robot.clickOn("#read-options-ok");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.listTargetWindows().stream()
                .anyMatch(w -> w instanceof Stage s && "Could not open the file".equals(s.getTitle())));
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = robot.listTargetWindows().stream()
                .filter(w -> w instanceof Stage s && "Could not open the file".equals(s.getTitle()))
                .findFirst().orElseThrow();
        Label message = robot.from(dialog.getScene().getRoot()).lookup(".label")
                .match((Label l) -> l.getText().contains("Country")).queryAs(Label.class);
        assertTrue(message.getText().contains("not a number"), message.getText());
        assertTrue(summary(robot).startsWith("Transaction log"), "the file stays open as it was");
    }
}
