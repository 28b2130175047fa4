package org.clientele.app.ui;

import javafx.stage.Stage;
import org.clientele.app.ui.project.ProjectViewModel;
import org.clientele.app.ui.segments.SegmentsViewModel;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.project.ProjectArchive;
import org.clientele.core.roi.CampaignSettings;
import org.clientele.core.project.RoiScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Saving an analysis in the workbench and opening it again: the same k, assignments, silhouette, names,
 * classifier and scenarios; a moved data file is asked for; a changed one is confirmed.
 */
class ProjectUiTest extends WorkbenchWindowFixture {

    @Start
    void start(Stage stage) {
        startWorkbench(stage);
    }

    @Test
    void aSavedAnalysisOpensWithTheSameNumbers(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(window::openSample);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.state().datasetProperty().get() != null);
        Path data = dir.resolve("retail.csv.gz");
        Files.copy(window.state().datasetProperty().get().file(), data);
        robot.interact(() -> window.open(data));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.state().datasetProperty().get() != null
                && window.state().datasetProperty().get().file().equals(data));

        SegmentsViewModel segments = window.segmentsViewModel();
        robot.interact(() -> {
            segments.seedProperty().set(7);
            segments.pickK(4);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.state().segmentationProperty().get() != null);
        robot.interact(() -> segments.rename(2, "Our regulars"));
        robot.clickOn("Models");
        robot.clickOn("#models-classifier-xgboost");
        robot.clickOn("#models-train-classifier");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.state().segmentClassifierProperty().get() != null);
        robot.interact(() -> window.campaignViewModel().scenarios().add(
                RoiScenario.of("Spring", new CampaignSettings(1.5, 0, 0.3, 0.02, 0, Double.NaN, 800))));
        SegmentationReport before = window.state().segmentationProperty().get();
        ProjectViewModel project = window.projectViewModel();
        assertTrue(project.dirtyProperty().get(), "a segmentation, a model and a scenario are unsaved work");

        Path saved = dir.resolve("retail" + ProjectArchive.EXTENSION);
        robot.interact(() -> project.save(saved, false, null));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !project.dirtyProperty().get());
        assertEquals(saved, project.fileProperty().get());

        // Something else is opened, then the analysis again.
        robot.interact(window::openSample);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.state().segmentationProperty().get() == null
                && !data.equals(window.state().datasetProperty().get().file()));
        AtomicReference<Path> done = new AtomicReference<>();
        robot.interact(() -> project.open(saved, refuseQuestions(), done::set));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> done.get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        SegmentationReport after = window.state().segmentationProperty().get();
        assertEquals(before.result().k(), after.result().k());
        assertArrayEquals(before.result().labels(), after.result().labels());
        assertEquals(before.result().silhouette(), after.result().silhouette(), 0);
        assertEquals("Our regulars", after.segmentName(2));
        assertNotNull(window.state().segmentClassifierProperty().get(), "the trained classifier comes back");
        assertEquals("Spring", window.campaignViewModel().scenarios().get(0).name());
        assertEquals(800.0, window.campaignViewModel().scenarios().get(0).budget());
        assertFalse(project.dirtyProperty().get());

        // The data file moves: the project asks where it is now.
        Path moved = Files.move(data, dir.resolve("moved.csv.gz"));
        AtomicReference<Path> asked = new AtomicReference<>();
        done.set(null);
        robot.interact(() -> project.open(saved, new ProjectViewModel.DataQuestions() {
            @Override
            public Path locate(Path recorded) {
                asked.set(recorded);
                return moved;
            }

            @Override
            public boolean acceptChanged(Path file) {
                throw new AssertionError("the moved file did not change");
            }
        }, done::set));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> done.get() != null);
        assertEquals(data.toAbsolutePath(), asked.get());
        assertEquals(moved, window.state().datasetProperty().get().file());
    }

    private static ProjectViewModel.DataQuestions refuseQuestions() {
        return new ProjectViewModel.DataQuestions() {
            @Override
            public Path locate(Path recorded) {
                throw new AssertionError("the data file did not move");
            }

            @Override
            public boolean acceptChanged(Path file) {
                throw new AssertionError("the data file did not change");
            }
        };
    }
}
