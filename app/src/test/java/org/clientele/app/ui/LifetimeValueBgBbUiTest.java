package org.clientele.app.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.clientele.app.ui.clv.ClvModelOption;
import org.clientele.app.ui.clv.DiscreteClvModel;
import org.clientele.app.ui.clv.LifetimeValueModel;
import org.clientele.core.clv.BgBbResult;
import org.clientele.core.clv.Opportunity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * BG/BB in the Lifetime value tab: chosen on a purchase log with weeks as opportunities, and the only model on
 * Fader, Hardie &amp; Shang's x, t_x, n donation table; figures and exports equal the CLI's, and a log nobody came
 * back in is the CLI's sentence.
 */
class LifetimeValueBgBbUiTest extends WorkbenchWindowFixture {

    @Start
    void start(Stage stage) {
        startWorkbench(stage);
    }

    /** Customers who, while alive, buy in a week with their own probability; dying between weeks (the BG/BB story). */
    private static Path weeklyLog(Path dir, boolean repeat) throws Exception {
        StringBuilder csv = new StringBuilder("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,"
                + "Country\n");
        Random rng = new Random(11);
        LocalDate start = LocalDate.of(2023, 1, 2);
        int invoice = 500000;
        for (int c = 0; c < 400; c++) {
            double p = 0.05 + 0.5 * rng.nextDouble();
            double die = 0.08 * rng.nextDouble();
            int first = rng.nextInt(20);
            for (int w = first; w < 52; w++) {
                if (w > first && (!repeat || rng.nextDouble() < die)) {
                    break;
                }
                if (w == first || rng.nextDouble() < p) {
                    LocalDate day = start.plusWeeks(w).plusDays(rng.nextInt(5));
                    for (int line = 0; line < 2; line++) {
                        csv.append(String.format(Locale.ROOT, "%d,P%d,ITEM,1,%s 11:00:00,%.2f,%d,United Kingdom%n",
                                invoice, line, day, 5 + 10 * rng.nextDouble(), 30000 + c));
                    }
                    invoice++;
                }
            }
        }
        return Files.writeString(dir.resolve(repeat ? "weekly_log.csv" : "one_visit_log.csv"), csv.toString());
    }

    private void open(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.state().datasetProperty().get() != null
                && window.state().datasetProperty().get().file().equals(file));
        // The Data tab is rebuilt for the new file on the FX thread; look nodes up once it is done.
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#tab-lifetime-value");
    }

    private static void awaitFit(DiscreteClvModel bgbb) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> bgbb.bgbbResultProperty().get() != null
                || bgbb.problemProperty().get() != null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !bgbb.computingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void bgbbWithWeeksOnALogFillsTheTablesWithTheClisFigures(FxRobot robot, @TempDir Path dir) throws Exception {
        Path log = weeklyLog(dir, true);
        open(robot, log);
        assertTrue(window.state().datasetProperty().get().isTransactionLog());
        ComboBox<ClvModelOption> model = robot.lookup("#clv-model").queryAs(ComboBox.class);
        assertTrue(model.getItems().contains(ClvModelOption.BGBB) && !model.getItems().contains(ClvModelOption.SBG));
        assertFalse(robot.lookup("#clv-opportunity").query().isVisible(), "only BG/BB has opportunities");
        robot.clickOn("#clv-model");
        robot.clickOn(ClvModelOption.BGBB.label());
        assertEquals(ClvModelOption.BGBB, window.lifetimeValue().modelOptionProperty().get());
        assertTrue(robot.lookup("#clv-opportunity").query().isVisible());
        assertFalse(robot.lookup("#clv-calibration-end").query().isVisible());
        robot.clickOn("#clv-opportunity");
        robot.clickOn("month");
        robot.clickOn("#clv-opportunity");
        robot.clickOn("week");
        DiscreteClvModel bgbb = window.lifetimeValue().discrete();
        assertEquals(Opportunity.WEEK, bgbb.opportunityProperty().get());
        robot.clickOn("#clv-run");
        awaitFit(bgbb);
        assertNull(bgbb.problemProperty().get());
        BgBbResult r = bgbb.bgbbResultProperty().get();
        assertEquals("week", r.opportunity());
        assertNull(window.lifetimeValue().resultProperty().get(), "the continuous models were not run");

        DiscreteClvCli.Run cli = DiscreteClvCli.run(log, dir.resolve("cli"), "--model", "bgbb", "--opportunity", "week");
        for (String p : List.of("alpha", "beta", "gamma", "delta")) {
            assertEquals(cli.json().at("/bgbb/" + p).asDouble(), parameter(r, p), p);
            assertEquals(cli.json().at("/bgbb/standardErrors/" + p).asDouble(), error(r, p), p);
        }
        assertEquals(cli.json().at("/bgbb/logLikelihood").asDouble(), r.bgbb().logLikelihood());
        assertEquals(cli.json().get("totalExpectedTransactions").asDouble(), r.totalExpectedTransactions());
        TableView<?> fit = robot.lookup("#clv-discrete-fit").queryAs(TableView.class);
        String rows = fit.getItems().toString();
        for (String greek : List.of("α", "β", "γ", "δ")) {
            assertTrue(rows.contains("parameter=" + greek + ", estimate="), rows);
        }
        assertTrue(rows.contains(String.format(Locale.ROOT, "parameter=log-likelihood, estimate=%,.2f",
                r.bgbb().logLikelihood())), rows);
        String summary = robot.lookup("#clv-discrete-summary").queryAs(Label.class).getText();
        String expected = String.format(Locale.ROOT, "%.1f transactions expected in the next %d opportunities",
                r.totalExpectedTransactions(), r.horizonOpportunities());
        assertTrue(summary.contains(expected) && cli.printed().contains(expected), summary + " / " + cli.printed());
        TableView<?> customers = robot.lookup("#clv-bgbb-customers").queryAs(TableView.class);
        assertEquals(400, customers.getItems().size());
        assertFalse(shown(robot.lookup("#clv-projection").query()), "no projection for BG/BB");
        assertFalse(shown(robot.lookup("#clv-retention-survival").query()), "no retention chart for BG/BB");

        Path csv = dir.resolve("ui_bgbb.csv");
        robot.interact(() -> bgbb.exportCustomers(csv, f -> { }));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(csv));
        assertEquals(Files.readString(cli.out().resolve("customers_bgbb.csv")), Files.readString(csv));
        assertTrue(Files.readString(csv).startsWith("customer_id,x,t_x,n,probabilityAlive,expectedTransactions\n"));
    }

    @Test
    void theDonationTableIsFittedAsPublished(FxRobot robot, @TempDir Path dir) throws Exception {
        // Fader, Hardie & Shang (2010): (x, t_x) patterns of 11,104 donors with n = 6 opportunities.
        Path table = Files.writeString(dir.resolve("donations.csv"), "frequency,recency,n,n_custs\n0,0,6,3464\n"
                + "1,1,6,1091\n1,2,6,277\n1,3,6,129\n1,4,6,78\n1,5,6,119\n1,6,6,129\n2,2,6,613\n2,3,6,255\n2,4,6,155\n"
                + "2,5,6,173\n2,6,6,234\n3,3,6,322\n3,4,6,181\n3,5,6,225\n3,6,6,357\n4,4,6,240\n4,5,6,284\n4,6,6,512\n"
                + "5,5,6,335\n5,6,6,728\n6,6,6,1203\n");
        open(robot, table);
        ComboBox<ClvModelOption> model = robot.lookup("#clv-model").queryAs(ComboBox.class);
        assertEquals(List.of(ClvModelOption.BGBB), model.getItems());
        assertFalse(robot.lookup("#clv-opportunity").query().isVisible(), "the table has its opportunities");
        DiscreteClvModel bgbb = window.lifetimeValue().discrete();
        robot.clickOn("#clv-run");
        awaitFit(bgbb);
        BgBbResult r = bgbb.bgbbResultProperty().get();
        assertEquals(1.204, r.bgbb().alpha(), 0.012);
        assertEquals(0.750, r.bgbb().beta(), 0.0075);
        assertEquals(0.657, r.bgbb().gamma(), 0.0066);
        assertEquals(2.783, r.bgbb().delta(), 0.028);
        assertEquals(-33_225.6, r.bgbb().logLikelihood(), 0.1);
        DiscreteClvCli.Run cli = DiscreteClvCli.run(table, dir.resolve("cli"), "--model", "bgbb");
        assertEquals(cli.json().at("/bgbb/alpha").asDouble(), r.bgbb().alpha());
        assertEquals(cli.json().at("/bgbb/delta").asDouble(), r.bgbb().delta());
        assertEquals(11_104, robot.lookup("#clv-bgbb-customers").queryAs(TableView.class).getItems().size());
        Path csv = dir.resolve("ui_bgbb.csv");
        robot.interact(() -> bgbb.exportCustomers(csv, f -> { }));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(csv));
        assertEquals(Files.readString(cli.out().resolve("customers_bgbb.csv")), Files.readString(csv));
    }

    @Test
    void aLogNobodyCameBackInIsTheClisSentence(FxRobot robot, @TempDir Path dir) throws Exception {
        Path log = weeklyLog(dir, false);
        open(robot, log);
        LifetimeValueModel clv = window.lifetimeValue();
        robot.interact(() -> clv.modelOptionProperty().set(ClvModelOption.BGBB));
        robot.clickOn("#clv-run");
        awaitFit(clv.discrete());
        assertNull(clv.discrete().bgbbResultProperty().get());
        DiscreteClvCli.Run cli = DiscreteClvCli.run(log, dir.resolve("cli"), "--model", "bgbb", "--opportunity", "week");
        assertNull(cli.json());
        Label problem = robot.lookup("#clv-problem").queryAs(Label.class);
        assertTrue(problem.isVisible());
        assertTrue(problem.getText().contains("BG/BB cannot be fitted: no customer made a repeat transaction"),
                problem.getText());
        assertEquals(cli.errors().strip(), "error: " + problem.getText());
        // Back to a continuous model: its own (empty) problem line, not BG/BB's.
        robot.interact(() -> clv.modelOptionProperty().set(ClvModelOption.BGNBD));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(problem.isVisible());
    }

    /** Visible with every ancestor, as on screen. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static double parameter(BgBbResult r, String p) {
        return switch (p) {
            case "alpha" -> r.bgbb().alpha();
            case "beta" -> r.bgbb().beta();
            case "gamma" -> r.bgbb().gamma();
            default -> r.bgbb().delta();
        };
    }

    private static double error(BgBbResult r, String p) {
        return switch (p) {
            case "alpha" -> r.bgbb().standardErrors().alpha();
            case "beta" -> r.bgbb().standardErrors().beta();
            case "gamma" -> r.bgbb().standardErrors().gamma();
            default -> r.bgbb().standardErrors().delta();
        };
    }
}
