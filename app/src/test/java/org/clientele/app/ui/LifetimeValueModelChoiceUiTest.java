package org.clientele.app.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clientele.app.ui.clv.ClvModelOption;
import org.clientele.app.ui.clv.LifetimeValueModel;
import org.clientele.core.clv.ClvResult;
import org.clientele.core.clv.CustomerClv;
import org.clientele.core.clv.ParetoNbdModel;
import org.clientele.core.clv.PurchaseModelChoice;
import org.clientele.core.clv.PurchaseModelFit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Lifetime value tab's purchase-model choice: Pareto/NBD on a log drawn from the Pareto/NBD story drives the
 * comparison table, the parameter table and the exported columns; a log nobody bought twice in gets one plain
 * sentence in the tab instead of a fit.
 */
class LifetimeValueModelChoiceUiTest extends WorkbenchWindowFixture {

    private static final LocalDate START = LocalDate.of(2023, 1, 2);

    @Start
    void start(Stage stage) {
        startWorkbench(stage);
    }

    /**
     * A purchase log in the sample's columns: customers join over the first 120 days and, while alive, buy at a
     * Gamma(0.9, 25 days) rate and die at a Gamma(1.2, 300 days) rate, observed for 420 days; spend ~ 20-60.
     */
    private static Path paretoNbdLog(Path dir, int customers, boolean repeatBuyers) throws IOException {
        Path file = dir.resolve(repeatBuyers ? "pnbd_log.csv" : "single_purchases.csv");
        Random random = new Random(7);
        org.apache.commons.math3.random.RandomGenerator rng = new org.apache.commons.math3.random.Well19937c(7);
        var lambda = new org.apache.commons.math3.distribution.GammaDistribution(rng, 0.9, 1 / 25.0);
        var mu = new org.apache.commons.math3.distribution.GammaDistribution(rng, 1.2, 1 / 300.0);
        int invoice = 100000;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n");
            for (int c = 0; c < customers; c++) {
                int first = random.nextInt(repeatBuyers ? 120 : 400);
                double death = first + (-Math.log(1 - random.nextDouble()) / mu.sample());
                double rate = lambda.sample();
                double t = first;
                boolean firstPurchase = true;
                while (t < 420 && t < death) {
                    LocalDate day = START.plusDays((long) Math.floor(t));
                    // Two lines per invoice, so that even a one-purchase-each log reads as a log, not a table.
                    for (int line = 0; line < 2; line++) {
                        w.write(String.format(Locale.ROOT, "%d,P%d,ITEM,1,%s 10:00:00,%.2f,%d,United Kingdom%n",
                                invoice, (c + line) % 50, day, 10 + 20 * random.nextDouble(), 20000 + c));
                    }
                    invoice++;
                    if (!repeatBuyers) {
                        break;
                    }
                    t += firstPurchase ? 1 + -Math.log(1 - random.nextDouble()) / rate
                            : -Math.log(1 - random.nextDouble()) / rate;
                    t = Math.max(t, Math.floor(t - 1) + 1);
                    firstPurchase = false;
                }
            }
        }
        return file;
    }

    private void openAndChoose(FxRobot robot, Path file, PurchaseModelChoice choice) throws Exception {
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.state().datasetProperty().get() != null
                && window.state().datasetProperty().get().file().equals(file));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#tab-lifetime-value");
        ComboBox<ClvModelOption> model = robot.lookup("#clv-model").queryAs(ComboBox.class);
        assertEquals(List.of(ClvModelOption.BGNBD, ClvModelOption.PNBD, ClvModelOption.MBGNBD, ClvModelOption.AUTO,
                ClvModelOption.BGBB), model.getItems());
        robot.interact(() -> model.setValue(ClvModelOption.of(choice)));
        assertEquals(choice, window.lifetimeValue().purchaseModelProperty().get());
    }

    @Test
    void paretoNbdDrivesTheFitTablesAndTheExportedColumns(FxRobot robot, @TempDir Path dir) throws Exception {
        Path log = paretoNbdLog(dir, 700, true);
        openAndChoose(robot, log, PurchaseModelChoice.PNBD);
        LifetimeValueModel clv = window.lifetimeValue();
        robot.clickOn("#clv-run");
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> clv.resultProperty().get() != null
                || clv.problemProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(clv.problemProperty().get());
        ClvResult r = clv.resultProperty().get();
        assertEquals("pnbd", r.purchaseModel().model());
        assertTrue(r.purchaseModel().fitted() instanceof ParetoNbdModel);

        TableView<PurchaseModelFit> models = robot.lookup("#clv-models").queryAs(TableView.class);
        assertEquals(1, models.getItems().size());
        assertEquals("pnbd", models.getItems().get(0).model());
        assertEquals(Boolean.TRUE, models.getItems().get(0).chosen());
        assertTrue(models.getItems().get(0).holdout() != null, "scored on the holdout");
        String why = robot.lookup("#clv-why").queryAs(Label.class).getText();
        assertTrue(why.startsWith("Chose Pareto/NBD: it was asked for by name."), why);
        TableView<?> fit = robot.lookup("#clv-fit").queryAs(TableView.class);
        String firstModel = fit.getItems().get(0).toString();
        assertTrue(firstModel.contains("Pareto/NBD, calibration"), firstModel);
        assertTrue(fit.getItems().stream().anyMatch(row -> row.toString().contains("Pareto/NBD, all purchases")
                && row.toString().contains("parameter=β")));

        Path csv = dir.resolve("customers_clv.csv");
        robot.interact(() -> clv.exportCustomers(csv, f -> { }));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(csv));
        ParetoNbdModel pnbd = (ParetoNbdModel) r.purchaseModel().fitted();
        double horizon = r.horizonMonths() * org.clientele.core.clv.ClvTimeUnit.DAY.perMonth();
        Map<String, CustomerClv> byId = new HashMap<>();
        r.customerValues().forEach(c -> byId.put(c.customerId(), c));
        int rows = 0;
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            assertTrue(parser.getHeaderNames().containsAll(List.of("probabilityAlive", "expectedPurchases", "clvLow",
                    "clvHigh")), parser.getHeaderNames().toString());
            for (CSVRecord row : parser) {
                double x = Double.parseDouble(row.get("frequency"));
                double tx = Double.parseDouble(row.get("recency"));
                double age = Double.parseDouble(row.get("T"));
                // The exported figures are the Pareto/NBD model's own expressions for this customer.
                assertEquals(pnbd.probabilityAlive(x, tx, age), Double.parseDouble(row.get("probabilityAlive")), 1e-12);
                double expected = pnbd.conditionalExpectedPurchases(horizon, x, tx, age);
                assertEquals(expected, Double.parseDouble(row.get("expectedPurchases")), 1e-9 * Math.max(1, expected));
                assertTrue(byId.containsKey(row.get("customer_id")));
                rows++;
            }
        }
        assertEquals(r.customerValues().size(), rows);
    }

    @Test
    void aModelThatCannotBeFittedIsOneSentenceInTheTab(FxRobot robot, @TempDir Path dir) throws Exception {
        Path log = paretoNbdLog(dir, 300, false);
        openAndChoose(robot, log, PurchaseModelChoice.PNBD);
        assertTrue(window.state().datasetProperty().get().isTransactionLog());
        LifetimeValueModel clv = window.lifetimeValue();
        robot.clickOn("#clv-run");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> clv.problemProperty().get() != null
                || clv.resultProperty().get() != null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !clv.computingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(clv.resultProperty().get());
        Label problem = robot.lookup("#clv-problem").queryAs(Label.class);
        assertTrue(problem.isVisible());
        String text = problem.getText();
        assertTrue(text.startsWith("Pareto/NBD cannot be fitted: none of the"), text);
        assertTrue(text.contains("Choose another purchase model"), text);
        assertTrue(!text.contains("Exception") && !text.contains("\tat "), text);
    }
}
