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
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /**
     * Day-first dates that never show a day above 12: the Data tab says the order was guessed and where to settle
     * it; Day first in the dialog re-opens the log with 01/02/2011 as 1 February, and the warning goes.
     */
    @Test
    void aGuessedDateOrderIsSaidAndSettledInTheDialog(FxRobot robot, @TempDir Path dir) throws Exception {
        StringBuilder log = new StringBuilder("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,"
                + "CustomerID,Country\n");
        for (int i = 0; i < 60; i++) {
            log.append(String.format(java.util.Locale.ROOT, "%d,S%d,Item,2,%02d/%02d/2011 10:00,1.50,%d,UK%n",
                    1000 + i, i % 5, 1 + i % 12, 1 + (i / 12) % 12, 12000 + i % 7));
        }
        Path file = Files.writeString(dir.resolve("day_first.csv"), log.toString());
        robot.interact(() -> window.open(file));
        waitForSummary(robot, "Transaction log");
        var dataset = window.dataViewModel().datasetProperty().get();
        // Month first: the latest date is 12/05/2011, read as 5 December.
        assertEquals(java.time.LocalDate.of(2011, 12, 5), dataset.customers().report().lastDate().toLocalDate());
        List<String> warnings = window.dataViewModel().warnings();
        assertTrue(warnings.stream().anyMatch(w -> w.contains("set the date order to day first (Kind & columns… ▸ "
                + "Date order)")), warnings.toString());

        openDialog(robot);
        @SuppressWarnings("unchecked")
        ComboBox<String> order = robot.lookup("#date-order").queryAs(ComboBox.class);
        assertEquals("Detect from the values", order.getValue());
        robot.interact(() -> order.setValue("Day first (31/12/2010)"));
        robot.clickOn("#read-options-ok");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            var d = window.dataViewModel().datasetProperty().get();
            return d != dataset && d.isTransactionLog();
        });
        WaitForAsyncUtils.waitForFxEvents();
        var reread = window.dataViewModel().datasetProperty().get();
        assertEquals(java.time.LocalDate.of(2011, 5, 12), reread.customers().report().lastDate().toLocalDate());
        assertEquals(List.of(), reread.customers().report().warnings());
        openDialog(robot);
        assertEquals("Day first (31/12/2010)", robot.lookup("#date-order").queryAs(ComboBox.class).getValue(),
                "the dialog shows the order the file was read with");
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }
}
