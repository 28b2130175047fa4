package org.clientele.app.ui;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.analysis.SegmentationRun;
import org.clientele.core.analysis.TrainingResult;
import org.clientele.core.analysis.TrainingRun;
import org.clientele.core.predict.RegressionOptions;
import org.clientele.core.segment.SegmentOptions;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A customer table with a channel code and education: the Lookup form offers their levels in choice boxes. */
class CategoricalLookupUiTest extends WorkbenchWindowFixture {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        startWorkbench(stage);
    }

    private Path table() throws Exception {
        Random rnd = new Random(5);
        StringBuilder sb = new StringBuilder("ID;Education;Dt_Customer;Channel;Fresh;Grocery\n");
        String[] edu = {"Graduation", "PhD", "Master"};
        for (int i = 0; i < 300; i++) {
            int channel = rnd.nextDouble() < 0.35 ? 2 : 1;
            sb.append(7000 + i).append(';').append(edu[rnd.nextInt(3)]).append(';')
                    .append(LocalDate.of(2013, 1, 1).plusDays(rnd.nextInt(500))).append(';').append(channel).append(';')
                    .append(Math.round(Math.exp(8 + rnd.nextGaussian() * 0.5))).append(';')
                    .append(Math.round(Math.exp(8 + rnd.nextGaussian() * 0.2 + (channel == 2 ? 1.2 : 0)))).append('\n');
        }
        return Files.writeString(dir.resolve("wholesale_like.csv"), sb);
    }

    @Test
    void categoricalInputsAreChoiceBoxesAndTheChoiceChangesThePrediction(FxRobot robot) throws Exception {
        Path file = table();
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.state().datasetProperty().get() != null);
        var dataset = window.state().datasetProperty().get();
        TrainingResult spend = TrainingRun.regression(file, dataset.customerTable(), "Grocery", null,
                RegressionOptions.defaults().withModels(List.of("mean", "linear")).withFolds(3)
                        .withLogTarget(RegressionOptions.LogTarget.NEVER), Progress.NONE);
        robot.interact(() -> window.state().spendModelProperty().set(spend));

        // The Segments tab: each card tells its channel mix, every level's share in the tooltip.
        SegmentationReport segmentation = SegmentationRun.run(file, dataset.customerTable(),
                SegmentOptions.DEFAULT.withK(2).withBootstrap(0), Progress.NONE);
        robot.interact(() -> window.state().segmentationProperty().set(segmentation));
        robot.clickOn("#tab-segments");
        robot.clickOn("#tab-segments-segments");
        WaitForAsyncUtils.waitForFxEvents();
        Label mix = robot.lookup("#segment-mix-0").queryAs(Label.class);
        assertTrue(mix.getText().startsWith("Mix: ") && mix.getText().contains("Channel "), mix.getText());
        assertTrue(mix.getTooltip().getText().contains("Education: "), mix.getTooltip().getText());
        snapshot("segments-categorical");
        robot.clickOn("#tab-segments-profile");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("Channel: 2").tryQuery().isPresent(), "the profile has a column per level");
        snapshot("profile-categorical");

        robot.clickOn("Lookup");
        WaitForAsyncUtils.waitForFxEvents();
        ChoiceBox<?> channel = robot.lookup("#lookup-field-Channel").queryAs(ChoiceBox.class);
        assertEquals(List.of("1", "2"), List.copyOf(channel.getItems()));
        assertEquals("1", channel.getValue(), "starts on the most common level");
        ChoiceBox<?> education = robot.lookup("#lookup-field-Education").queryAs(ChoiceBox.class);
        assertEquals(3, education.getItems().size());
        assertTrue(robot.lookup("#lookup-field-tenure_days").tryQuery().isPresent(), "the date became tenure");

        Label value = robot.lookup("#lookup-spend").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> value.isVisible() && !value.getText().isBlank());
        String channelOne = value.getText();
        // Pick the second level as the keyboard would (the popup's menu items are not nodes robots find reliably).
        robot.interact(() -> channel.getSelectionModel().select(1));
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2", channel.getValue());
        assertTrue(number(value.getText()) > 2 * number(channelOne),
                "Channel 2 buys about 3x the groceries: " + channelOne + " -> " + value.getText());
        snapshot("lookup-categorical");
    }

    /** Saves what the window shows when -Dclientele.snapshots=DIR is set, to look at the layout. */
    private void snapshot(String name) throws Exception {
        String out = System.getProperty("clientele.snapshots");
        if (out != null) {
            Files.createDirectories(Path.of(out));
            WaitForAsyncUtils.asyncFx(() -> org.clientele.app.ui.common.PngExport.write(window.root(),
                    Path.of(out, name + ".png"))).get();
        }
    }

    /** The number in "Grocery ≈ 2,980". */
    private static double number(String text) {
        String digits = text.substring(text.indexOf('≈') + 1).replaceAll("[^0-9.]", "");
        return Double.parseDouble(digits);
    }
}
