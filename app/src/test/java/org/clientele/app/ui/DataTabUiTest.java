package org.clientele.app.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.clientele.core.analysis.OpenedDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives the real window: opening the bundled sample, a customer table, and a broken file. */
class DataTabUiTest extends WorkbenchWindowFixture {

    @Start
    void start(Stage stage) {
        startWorkbench(stage);
    }

    private OpenedDataset waitForDataset() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.dataViewModel().datasetProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return window.dataViewModel().datasetProperty().get();
    }

    @Test
    void opensTheBundledSampleWithItsCleaningReportAndCustomers(FxRobot robot) throws Exception {
        robot.interact(window::openSample);
        OpenedDataset opened = waitForDataset();

        TableView<?> rows = robot.lookup("#rows-table").queryAs(TableView.class);
        assertEquals(opened.rows().rowCount(), rows.getItems().size());
        assertEquals(8, rows.getColumns().size(), "Online Retail has 8 columns");
        assertTrue(robot.lookup("#dataset-summary").queryAs(Label.class).getText().startsWith("Transaction log"));

        robot.clickOn("Cleaning");
        ListView<?> cleaning = robot.lookup("#cleaning-list").queryAs(ListView.class);
        assertTrue(cleaning.getItems().stream().anyMatch(l -> l.toString().startsWith("Customers: 1,082")),
                () -> "cleaning report: " + cleaning.getItems());

        robot.clickOn("Customers");
        TableView<?> customers = robot.lookup("#customers-table").queryAs(TableView.class);
        assertEquals(1082, customers.getItems().size());
    }

    @Test
    void opensACustomerTableAndProfilesItsColumns(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("people.csv"),
                "user_id;age;annual_income;region\n001;34;45 000;North\n002;51;61 500;South\n003;29;38 250;North\n");
        robot.interact(() -> window.open(file));
        waitForDataset();

        assertTrue(robot.lookup("#dataset-summary").queryAs(Label.class).getText().startsWith("Customer table · 3 rows"));
        robot.clickOn("Columns");
        TableView<?> profile = robot.lookup("#profile-table").queryAs(TableView.class);
        assertEquals(4, profile.getItems().size());
    }

    @Test
    void showsAClearErrorForABrokenFile(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("broken.csv"), "id,name\n1,\"never closed\n2,b\n");
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.listTargetWindows().stream()
                .anyMatch(w -> w instanceof Stage s && "Could not open the file".equals(s.getTitle())));
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = robot.listTargetWindows().stream()
                .filter(w -> w instanceof Stage s && "Could not open the file".equals(s.getTitle()))
                .findFirst().orElseThrow();
        Label message = robot.from(dialog.getScene().getRoot()).lookup(".label")
                .match((Label l) -> l.getText().contains("broken.csv")).queryAs(Label.class);
        assertTrue(message.getText().contains("line 2"), message.getText());
    }
}
