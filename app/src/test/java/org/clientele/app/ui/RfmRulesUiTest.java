package org.clientele.app.ui;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.clientele.core.analysis.OpenedDataset;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.analysis.SegmentationRun;
import org.clientele.core.segment.SegmentOptions;
import org.clientele.core.segment.rfm.RfmSegmentRule;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Editing the RFM rules in the Segments tab renames the RFM segments; a table with a gap says which cell. */
class RfmRulesUiTest extends WorkbenchWindowFixture {

    @Start
    void start(Stage stage) {
        startWorkbench(stage);
    }

    @Test
    @SuppressWarnings("unchecked")
    void renamingARuleRenamesItsCustomersAndAGapIsRefused(FxRobot robot) throws Exception {
        robot.interact(window::openSample);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.state().datasetProperty().get() != null);
        OpenedDataset opened = window.state().datasetProperty().get();
        SegmentationReport report = SegmentationRun.run(opened.file(), opened.customerTable(),
                SegmentOptions.DEFAULT.withK(3).withBootstrap(0), Progress.NONE);
        robot.interact(() -> window.state().segmentationProperty().set(report));
        robot.clickOn("Segments");
        robot.clickOn("#tab-segments-rfm");
        TableView<RfmSegmentRule> rules = robot.lookup("#rfm-rules").queryAs(TableView.class);
        int champions = 0;
        while (!rules.getItems().get(champions).segment().equals("Champions")) {
            champions++;
        }
        long championCustomers = report.rfm().customers().stream().filter(c -> c.segment().equals("Champions")).count();
        int row = champions;
        robot.interact(() -> {
            RfmSegmentRule r = rules.getItems().get(row);
            rules.getItems().set(row, new RfmSegmentRule("Stars", r.rMin(), r.rMax(), r.fmMin(), r.fmMax(),
                    r.description(), r.action()));
        });
        robot.interact(() -> robot.lookup("#rfm-apply").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        SegmentationReport renamed = window.state().segmentationProperty().get();
        assertEquals(championCustomers, renamed.rfm().customers().stream().filter(c -> c.segment().equals("Stars")).count());
        assertEquals("Stars", renamed.rfmRules().rules().get(row).segment());
        assertTrue(renamed.rfm().segments().stream().anyMatch(s -> s.segment().equals("Stars")));

        robot.interact(() -> rules.getItems().remove(row));
        robot.interact(() -> robot.lookup("#rfm-apply").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        String problem = robot.lookup("#rfm-rules-problem").queryAs(Label.class).getText();
        assertTrue(!problem.isBlank(), "a gap in the grid is named");
        assertEquals(renamed, window.state().segmentationProperty().get(), "an invalid table changes nothing");
    }
}
