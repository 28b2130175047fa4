package org.clientele.app.ui;

import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.clientele.app.ui.clv.LifetimeValueModel;
import org.clientele.core.clv.CovariateReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Lifetime value tab's covariates: Country chosen on the bundled sample refits the models with it and shows
 * each level's coefficients and the likelihood-ratio sentences; a covariate that does not vary is one sentence,
 * and the figures without covariates still stand.
 */
class LifetimeValueCovariatesUiTest extends WorkbenchWindowFixture {

    @Start
    void start(Stage stage) {
        startWorkbench(stage);
    }

    @Test
    void countryOnTheSampleShowsItsEffectsAndTheLikelihoodRatioTest(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(window::openSample);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.state().datasetProperty().get() != null);
        // The Data tab is rebuilt for the new file on the FX thread; look nodes up once it is done.
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#tab-lifetime-value");
        LifetimeValueModel clv = window.lifetimeValue();
        assertTrue(clv.covariateCandidates().contains("Country"), clv.covariateCandidates().toString());
        MenuButton choice = robot.lookup("#clv-covariate-choice").queryAs(MenuButton.class);
        assertEquals("None", choice.getText());
        robot.clickOn(choice);
        WaitForAsyncUtils.waitForFxEvents();
        // The menu's own item (a popup), not another "Country" on screen.
        javafx.scene.Node item = robot.lookup(".menu-item").match(n -> n instanceof javafx.scene.Parent p
                && p.getChildrenUnmodifiable().stream().anyMatch(c -> c instanceof Label l
                && "Country".equals(l.getText()))).query();
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Country"), clv.covariates());
        assertEquals("Country", choice.getText());
        robot.clickOn("#clv-run");
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> clv.covariateReportProperty().get() != null
                || clv.covariateProblemProperty().get() != null || clv.problemProperty().get() != null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !clv.computingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(clv.problemProperty().get());
        assertNull(clv.covariateProblemProperty().get());
        CovariateReport report = clv.covariateReportProperty().get();
        assertNotNull(report);

        TableView<?> table = robot.lookup("#clv-covariates").queryAs(TableView.class);
        assertTrue(table.isVisible());
        int coefficients = report.bgnbd().coefficients().size()
                + (report.gammaGamma() == null ? 0 : report.gammaGamma().coefficients().size());
        assertEquals(coefficients, table.getItems().size());
        // BG/NBD moves alpha, a and b per level: three rows per level of Country other than the reference.
        assertEquals(3 * report.terms().size(), report.bgnbd().coefficients().size());
        assertTrue(table.getItems().stream().allMatch(r -> r.toString().contains("level=Country = ")),
                table.getItems().toString());
        assertTrue(table.getItems().stream().anyMatch(r -> r.toString().contains("meaning=multiplies the mean "
                + "purchase rate by ")), table.getItems().toString());
        String tests = robot.lookup("#clv-covariate-tests").queryAs(Label.class).getText();
        assertTrue(tests.startsWith(report.bgnbd().likelihoodRatioSentence(List.of("Country"))), tests);
        assertTrue(tests.matches("(?s)Country (changes|shows no clear effect on) buying and dropout rates "
                + "\\(BG/NBD\\): LR \\d+\\.\\d on \\d+ df, p (=|<) .*"), tests);

        // The per-customer figures under the covariate models: the file the command line writes for the same run.
        assertTrue(robot.lookup("#clv-covariate-export").query().isVisible());
        Path exported = dir.resolve("tab_covariates.csv");
        robot.interact(() -> clv.exportCovariateCustomers(exported, f -> { }));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(exported));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !clv.computingProperty().get());
        DiscreteClvCli.Run cli = DiscreteClvCli.run(window.state().datasetProperty().get().file(), dir.resolve("cli"),
                "--covariates", "Country");
        assertEquals(Files.readAllLines(dir.resolve("cli/customers_covariates.csv")), Files.readAllLines(exported));
    }

    @Test
    void aCovariateThatDoesNotVaryIsOneSentence(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(window::openSample);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.state().datasetProperty().get() != null);
        // The sample with one region for everyone: nothing for the covariate to explain (bytes kept as they are).
        Path sample = window.state().datasetProperty().get().file();
        List<String> lines;
        try (var in = sample.toString().endsWith(".gz")
                ? new java.util.zip.GZIPInputStream(Files.newInputStream(sample)) : Files.newInputStream(sample)) {
            lines = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).lines().toList();
        }
        List<String> out = new ArrayList<>(List.of(lines.get(0) + ",Region"));
        for (String line : lines.subList(1, lines.size())) {
            out.add(line + ",North");
        }
        Path log = Files.write(dir.resolve("one_region.csv"), out, StandardCharsets.ISO_8859_1);
        robot.interact(() -> window.open(log));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.state().datasetProperty().get() != null
                && window.state().datasetProperty().get().file().equals(log));
        // The Data tab is rebuilt for the new file on the FX thread; look nodes up once it is done.
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#tab-lifetime-value");
        LifetimeValueModel clv = window.lifetimeValue();
        robot.interact(() -> clv.covariates().setAll("Region"));
        robot.clickOn("#clv-run");
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> clv.covariateProblemProperty().get() != null
                || clv.covariateReportProperty().get() != null || clv.problemProperty().get() != null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !clv.computingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(clv.resultProperty().get(), "the figures without covariates stand");
        assertNull(clv.covariateReportProperty().get());
        Label problem = robot.lookup("#clv-covariate-problem").queryAs(Label.class);
        assertTrue(problem.isVisible());
        String text = problem.getText();
        assertTrue(text.startsWith("The models could not be refitted with Region: "), text);
        assertTrue(text.endsWith("The figures below are without covariates."), text);
        assertTrue(!text.contains("Exception") && !text.contains("\tat ") && !text.contains("\n"), text);
        assertTrue(!robot.lookup("#clv-covariates").queryAs(TableView.class).isVisible());
    }
}
