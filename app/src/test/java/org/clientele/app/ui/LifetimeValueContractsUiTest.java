package org.clientele.app.ui;

import io.fair_acc.chartfx.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.clientele.app.ui.clv.ClvModelOption;
import org.clientele.app.ui.clv.DiscreteClvModel;
import org.clientele.app.ui.clv.LifetimeValueModel;
import org.clientele.core.clv.ContractResult;
import org.clientele.core.data.DataKind;
import org.clientele.sample.SampleDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * sBG in the Lifetime value tab: a contract table (the bundled subscriptions, still a customer table for the other
 * tabs) and Fader &amp; Hardie's survivor curve are fitted with the CLI's figures, and the exports are the CLI's files.
 */
class LifetimeValueContractsUiTest extends WorkbenchWindowFixture {

    @Start
    void start(Stage stage) {
        startWorkbench(stage);
    }

    private DiscreteClvModel openAndFit(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.state().datasetProperty().get() != null
                && window.state().datasetProperty().get().file().equals(file));
        // The Data tab is rebuilt for the new file on the FX thread; look nodes up once it is done.
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#tab-lifetime-value");
        ComboBox<ClvModelOption> model = robot.lookup("#clv-model").queryAs(ComboBox.class);
        assertEquals(List.of(ClvModelOption.SBG), model.getItems(), "a contract table has no purchases over time");
        assertEquals(ClvModelOption.SBG, model.getValue());
        assertFalse(robot.lookup("#clv-calibration-end").query().isVisible(), "no calibration end for contracts");
        assertFalse(robot.lookup("#clv-opportunity").query().isVisible());
        DiscreteClvModel sbg = window.lifetimeValue().discrete();
        robot.clickOn("#clv-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> sbg.contractResultProperty().get() != null
                || sbg.problemProperty().get() != null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !sbg.computingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(sbg.problemProperty().get());
        return sbg;
    }

    /** Both exports, byte for byte the files the CLI wrote. */
    private static void exportsAreTheClis(FxRobot robot, DiscreteClvModel sbg, DiscreteClvCli.Run cli, Path dir)
            throws Exception {
        Path customersCsv = dir.resolve("ui_customers.csv");
        Path projectionCsv = dir.resolve("ui_projection.csv");
        robot.interact(() -> sbg.exportCustomers(customersCsv, f -> { }));
        robot.interact(() -> sbg.exportProjection(projectionCsv, f -> { }));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(customersCsv) && Files.exists(projectionCsv));
        assertEquals(Files.readString(cli.out().resolve("customers_retention.csv")), Files.readString(customersCsv));
        assertEquals(Files.readString(cli.out().resolve("retention_projection.csv")), Files.readString(projectionCsv));
    }

    @Test
    void subscriptionsSampleShowsTheClisFitProjectionAndDerl(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = SampleDatasets.extract("subscriptions", dir);
        DiscreteClvModel sbg = openAndFit(robot, file);
        // The Data tab still reads it as a customer table, so the other tabs can segment the subscribers.
        assertEquals(DataKind.CUSTOMERS, window.state().datasetProperty().get().kind());
        assertEquals(2000, window.state().datasetProperty().get().customerTable().rowCount());

        DiscreteClvCli.Run cli = DiscreteClvCli.run(file, dir.resolve("cli"), "--model", "sbg");
        ContractResult r = sbg.contractResultProperty().get();
        assertEquals(cli.json().at("/sbg/alpha").asDouble(), r.sbg().alpha());
        assertEquals(cli.json().at("/sbg/beta").asDouble(), r.sbg().beta());
        assertEquals(cli.json().at("/sbg/standardErrors/alpha").asDouble(), r.sbg().standardErrors().alpha());
        assertEquals(cli.json().at("/sbg/standardErrors/beta").asDouble(), r.sbg().standardErrors().beta());
        assertEquals(cli.json().at("/sbg/logLikelihood").asDouble(), r.sbg().logLikelihood());
        assertEquals(cli.json().at("/sbg/aic").asDouble(), r.sbg().aic());
        assertEquals(cli.json().at("/sbg/bic").asDouble(), r.sbg().bic());
        assertEquals(cli.json().get("discountedExpectedLifetime").asDouble(), r.discountedExpectedLifetime());

        // What is on screen: the CLI's numbers as the CLI prints them, then the table's rows.
        String summary = robot.lookup("#clv-discrete-summary").queryAs(Label.class).getText();
        String printed = cli.printed();
        for (String figure : List.of(String.format(java.util.Locale.ROOT, "%.4f", r.sbg().alpha()),
                String.format(java.util.Locale.ROOT, "%.4f", r.sbg().beta()), "LL " + between(printed, "LL ", ","),
                "BIC " + between(printed, "BIC ", ")"), "mean churn at the start " + between(printed, "start ", ";"),
                "DEL of a new customer " + between(printed, "customer ", " periods"))) {
            assertTrue(summary.contains(figure), figure + " in " + summary);
        }
        assertTrue(printed.contains("alpha=" + String.format(java.util.Locale.ROOT, "%.4f", r.sbg().alpha())), printed);
        TableView<?> fit = robot.lookup("#clv-discrete-fit").queryAs(TableView.class);
        String rows = fit.getItems().toString();
        assertTrue(rows.contains("parameter=α, estimate=" + String.format(java.util.Locale.ROOT, "%.4f",
                r.sbg().alpha()) + ", error=" + String.format(java.util.Locale.ROOT, "%.4f",
                r.sbg().standardErrors().alpha())), rows);
        assertTrue(rows.contains("parameter=BIC, estimate=" + String.format(java.util.Locale.ROOT, "%,.2f",
                r.sbg().bic())), rows);

        TableView<?> projection = robot.lookup("#clv-projection").queryAs(TableView.class);
        assertEquals(cli.json().get("projectionPeriods").asInt() + 1, projection.getItems().size());
        XYChart survival = robot.lookup("#clv-retention-survival").queryAs(XYChart.class);
        assertEquals(25, survival.getRenderers().get(0).getDatasets().get(0).getDataCount(), "observed: periods 0..24");
        assertEquals(projection.getItems().size(), survival.getRenderers().get(0).getDatasets().get(1).getDataCount());
        XYChart retention = robot.lookup("#clv-retention-rate").queryAs(XYChart.class);
        assertEquals(projection.getItems().size() - 1, retention.getRenderers().get(0).getDatasets().get(1)
                .getDataCount());
        TableView<?> customers = robot.lookup("#clv-retention-customers").queryAs(TableView.class);
        assertEquals(2000, customers.getItems().size());

        // The exports are byte for byte the files the CLI writes.
        exportsAreTheClis(robot, sbg, cli, dir);
        assertFalse(robot.lookup("#clv-discrete-export").queryAs(Button.class).isDisabled());
    }

    /** A horizon and a discount per period typed in the bar give the CLI's figures with the same flags. */
    @Test
    void horizonAndDiscountAreTheClisFlags(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = SampleDatasets.extract("subscriptions", dir);
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.state().datasetProperty().get() != null
                && window.state().datasetProperty().get().file().equals(file));
        // The Data tab is rebuilt for the new file on the FX thread; look nodes up once it is done.
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#tab-lifetime-value");
        Spinner<Integer> horizon = robot.lookup("#clv-horizon").queryAs(Spinner.class);
        Spinner<Double> discount = robot.lookup("#clv-period-discount").queryAs(Spinner.class);
        assertTrue(horizon.isVisible() && discount.isVisible());
        assertEquals("default", horizon.getEditor().getText());
        robot.interact(() -> {
            horizon.getEditor().setText("36");
            horizon.commitValue();
            discount.getEditor().setText("0.05");
            discount.commitValue();
        });
        DiscreteClvModel sbg = window.lifetimeValue().discrete();
        assertEquals(36, sbg.horizonPeriodsProperty().get());
        assertEquals(0.05, sbg.periodDiscountProperty().get(), 1e-12);
        robot.clickOn("#clv-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> sbg.contractResultProperty().get() != null
                || sbg.problemProperty().get() != null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !sbg.computingProperty().get());
        assertNull(sbg.problemProperty().get());

        DiscreteClvCli.Run cli = DiscreteClvCli.run(file, dir.resolve("cli"), "--model", "sbg", "--horizon-periods",
                "36", "--period-discount", "0.05");
        ContractResult r = sbg.contractResultProperty().get();
        assertEquals(36, cli.json().get("projectionPeriods").asInt());
        assertEquals(cli.json().get("discountedExpectedLifetime").asDouble(), r.discountedExpectedLifetime());
        WaitForAsyncUtils.waitForFxEvents();
        String intro = robot.lookup("#clv-intro").queryAs(Label.class).getText();
        assertTrue(intro.contains("discounted 5% per period over 36 projected periods"), intro);
        exportsAreTheClis(robot, sbg, cli, dir);

        robot.interact(() -> {
            horizon.getEditor().setText("soon");
            horizon.commitValue();
        });
        assertEquals(36, sbg.horizonPeriodsProperty().get(), "text that is not a number keeps the horizon");
        robot.interact(() -> {
            horizon.getEditor().setText("");
            horizon.commitValue();
        });
        assertNull(sbg.horizonPeriodsProperty().get(), "an empty horizon is the CLI's default again");
    }

    @Test
    void faderHardieSurvivorCurveGivesThePublishedEstimates(FxRobot robot, @TempDir Path dir) throws Exception {
        // Fader & Hardie (2007), "regular" segment: survivors of 1,000 customers over 7 years.
        Path file = Files.writeString(dir.resolve("regular.csv"),
                "period,survivors\n0,1000\n1,631\n2,468\n3,382\n4,326\n5,289\n6,262\n7,241\n");
        DiscreteClvModel sbg = openAndFit(robot, file);
        ContractResult r = sbg.contractResultProperty().get();
        assertEquals(0.704, r.sbg().alpha(), 0.007);
        assertEquals(1.182, r.sbg().beta(), 0.012);
        DiscreteClvCli.Run cli = DiscreteClvCli.run(file, dir.resolve("cli"), "--model", "sbg");
        assertEquals(cli.json().at("/sbg/alpha").asDouble(), r.sbg().alpha());
        assertEquals(cli.json().at("/sbg/beta").asDouble(), r.sbg().beta());
        TableView<?> fit = robot.lookup("#clv-discrete-fit").queryAs(TableView.class);
        assertTrue(fit.getItems().toString().contains("parameter=α, estimate=0.70"), fit.getItems().toString());
        // A survivor curve has no customers: the projection is exported, the customers' table is empty.
        assertTrue(robot.lookup("#clv-discrete-export").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#clv-retention-customers").queryAs(TableView.class).getItems().isEmpty());
        Path projectionCsv = dir.resolve("ui_projection.csv");
        robot.interact(() -> sbg.exportProjection(projectionCsv, f -> { }));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(projectionCsv));
        assertEquals(Files.readString(cli.out().resolve("retention_projection.csv")), Files.readString(projectionCsv));
        String summary = robot.lookup("#clv-discrete-summary").queryAs(Label.class).getText();
        assertTrue(summary.startsWith("1,000 customers (survivors). sBG α = 0.70"), summary);
    }

    @Test
    void aCurveNobodyLeftIsTheClisSentence(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("flat.csv"), "period,survivors\n0,100\n1,100\n2,100\n");
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.state().datasetProperty().get() != null);
        // The Data tab is rebuilt for the new file on the FX thread; look nodes up once it is done.
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#tab-lifetime-value");
        LifetimeValueModel clv = window.lifetimeValue();
        robot.clickOn("#clv-run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> clv.discrete().problemProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        DiscreteClvCli.Run cli = DiscreteClvCli.run(file, dir.resolve("cli"), "--model", "sbg");
        assertNull(cli.json());
        Label problem = robot.lookup("#clv-problem").queryAs(Label.class);
        assertTrue(problem.isVisible());
        assertEquals(cli.errors().strip(), "error: " + problem.getText());
        assertNotNull(clv.discrete().problemProperty().get());
    }

    @Test
    void theModelListFollowsTheOpenFile(FxRobot robot, @TempDir Path dir) throws Exception {
        Path curve = Files.writeString(dir.resolve("curve.csv"), "period,survivors\n0,100\n1,80\n2,70\n3,64\n");
        StringBuilder log = new StringBuilder("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,"
                + "Country\n");
        for (int c = 0; c < 30; c++) {
            for (int k = 0; k < 1 + c % 3; k++) {
                for (int line = 0; line < 2; line++) {
                    log.append(String.format(java.util.Locale.ROOT, "%d,P%d,ITEM,1,2023-%02d-%02d 10:00:00,4.50,%d,"
                            + "France%n", 1000 + 10 * c + k, line, 1 + k * 3, 1 + c % 27, 500 + c));
                }
            }
        }
        Path logFile = Files.writeString(dir.resolve("log.csv"), log.toString());
        LifetimeValueModel clv = window.lifetimeValue();
        robot.interact(() -> window.open(curve));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.state().datasetProperty().get() != null);
        // The Data tab is rebuilt for the new file on the FX thread; look nodes up once it is done.
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#tab-lifetime-value");
        ComboBox<ClvModelOption> model = robot.lookup("#clv-model").queryAs(ComboBox.class);
        assertEquals(ClvModelOption.SBG, model.getValue());
        robot.interact(() -> window.open(logFile));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.state().datasetProperty().get().file()
                .equals(logFile));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.state().datasetProperty().get().isTransactionLog());
        assertEquals(List.of(ClvModelOption.BGNBD, ClvModelOption.PNBD, ClvModelOption.MBGNBD, ClvModelOption.AUTO,
                ClvModelOption.BGBB), model.getItems());
        assertEquals(ClvModelOption.BGNBD, model.getValue());
        assertEquals(ClvModelOption.BGNBD, clv.modelOptionProperty().get());
        assertTrue(robot.lookup("#clv-calibration-end").query().isVisible());
        robot.interact(() -> window.open(curve));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.state().datasetProperty().get().file()
                .equals(curve));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(ClvModelOption.SBG), model.getItems());
        assertEquals(ClvModelOption.SBG, clv.modelOptionProperty().get());
        assertEquals(org.clientele.core.clv.PurchaseModelChoice.BGNBD, clv.purchaseModelProperty().get());
    }

    private static String between(String text, String start, String end) {
        int a = text.indexOf(start) + start.length();
        return text.substring(a, text.indexOf(end, a));
    }
}
