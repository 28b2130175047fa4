package org.clientele.app.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.clientele.app.ui.campaign.CampaignViewModel;
import org.clientele.core.analysis.OpenedDataset;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.analysis.SegmentationRun;
import org.clientele.core.report.SegmentAssignments;
import org.clientele.core.roi.CampaignRoi;
import org.clientele.core.roi.CampaignSettings;
import org.clientele.core.roi.RoiResult;
import org.clientele.core.roi.SegmentEconomicsReader;
import org.clientele.core.segment.SegmentOptions;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Campaign tab on the bundled sample: the figures follow the typed settings, the budget and the saved scenarios. */
class CampaignTabUiTest extends WorkbenchWindowFixture {

    @Start
    void start(Stage stage) {
        startWorkbench(stage);
    }

    @Test
    void typedSettingsDriveTheFiguresAndABudgetChoosesSegments(FxRobot robot) throws Exception {
        robot.interact(window::openSample);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.state().datasetProperty().get() != null);
        OpenedDataset opened = window.state().datasetProperty().get();
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#tab-campaign");
        assertTrue(robot.lookup("#campaign-placeholder").queryAs(Label.class).isVisible());

        SegmentationReport report = SegmentationRun.run(opened.file(), opened.customerTable(),
                SegmentOptions.DEFAULT.withK(4).withBootstrap(0), Progress.NONE);
        robot.interact(() -> window.state().segmentationProperty().set(report));
        WaitForAsyncUtils.waitForFxEvents();
        CampaignViewModel model = window.campaignViewModel();
        TableView<?> table = robot.lookup("#campaign-table").queryAs(TableView.class);
        assertEquals(5, table.getItems().size(), "four segments and the total");

        replace(robot, "#campaign-cost", "2.5");
        replace(robot, "#campaign-margin", "40");
        RoiResult expected = CampaignRoi.simulate(SegmentEconomicsReader.read(SegmentAssignments.of(report), opened.file(),
                opened.customerTable(), null), new CampaignSettings(2.5, 0, 0.4, 0.02, 0, Double.NaN, Double.NaN));
        assertEquals(expected.total().netProfit(), model.resultProperty().get().total().netProfit(), 1e-6);

        replace(robot, "#campaign-budget", "1000");
        String plan = robot.lookup("#campaign-plan").queryAs(Label.class).getText();
        assertTrue(plan.startsWith("Contact "), plan);
        assertTrue(model.resultProperty().get().budgetPlan().cost() <= 1000);

        replace(robot, "#campaign-cost", "abc");
        assertTrue(robot.lookup("#campaign-problem").queryAs(Label.class).getText().contains("'abc' is not a number"));
        assertEquals(0, table.getItems().size(), "no figures from a setting that is not a number");

        replace(robot, "#campaign-cost", "1");
        robot.clickOn("#campaign-scenario-name").write("Cheap mailing");
        robot.clickOn("#campaign-save-scenario");
        replace(robot, "#campaign-cost", "9");
        ListView<?> scenarios = robot.lookup("#campaign-scenarios").queryAs(ListView.class);
        assertEquals(1, scenarios.getItems().size());
        robot.clickOn("Cheap mailing");
        assertEquals("1", robot.lookup("#campaign-cost").queryAs(TextField.class).getText(), "a saved scenario comes back");
    }

    private static void replace(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
