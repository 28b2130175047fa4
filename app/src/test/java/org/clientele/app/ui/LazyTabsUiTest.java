package org.clientele.app.ui;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The window starts with only the Data view built; each other view is built once, when its tab is first shown. */
class LazyTabsUiTest extends WorkbenchWindowFixture {

    @Start
    void start(Stage stage) {
        startWorkbench(stage);
    }

    @Test
    void buildsEachViewOnceWhenItsTabIsFirstShown(FxRobot robot) {
        List<Tab> tabs = window.tabs().getTabs();
        assertNotNull(tabs.get(0).getContent(), "the Data view is there from the start");
        for (Tab tab : tabs.subList(1, tabs.size())) {
            assertNull(tab.getContent(), tab.getText() + " is built when first shown");
        }
        for (int i = 1; i < tabs.size(); i++) {
            robot.push(KeyCode.CONTROL, KeyCode.getKeyCode(Integer.toString(i + 1)));
            WaitForAsyncUtils.waitForFxEvents();
            assertSame(tabs.get(i), window.tabs().getSelectionModel().getSelectedItem());
            assertNotNull(tabs.get(i).getContent(), tabs.get(i).getText() + " shows its view");
        }
        Node segments = tabs.get(2).getContent();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(segments, tabs.get(2).getContent(), "shown again, not rebuilt");
        assertEquals(9, tabs.size());
    }
}
