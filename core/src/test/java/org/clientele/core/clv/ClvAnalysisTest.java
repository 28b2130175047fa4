package org.clientele.core.clv;

import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.io.Json;
import org.clientele.core.task.CancelledException;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end on simulated purchases in days, the way the CLI runs the stage. */
class ClvAnalysisTest {

    private static final LocalDate START = LocalDate.of(2020, 1, 1);
    private static List<Purchase> purchases;
    private static ClvResult result;

    @BeforeAll
    static void simulateAndRun() {
        // CDNOW-like parameters with time in days (alpha 4.41 weeks = 30.9 days).
        purchases = new BgNbdSimulator(0.24, 30.9, 0.79, 2.43, 6.25, 3.74, 15.44, 5L)
                .purchases(3000, START, 90, 540);
        ClvOptions options = ClvOptions.DEFAULT.withTimeUnit(ClvTimeUnit.WEEK)
                .withHoldout(START.plusDays(363), START.plusDays(539)).withSeed(3);
        HoldoutPredictor flat = new HoldoutPredictor() {
            @Override public String name() {
                return "mean";
            }

            @Override public HoldoutPrediction predict(List<CalibrationCustomer> customers, double length,
                                                       ClvTimeUnit unit, Progress progress) {
                double mean = customers.stream().mapToDouble(CalibrationCustomer::totalSpend).average().orElse(0);
                double[] spend = new double[customers.size()];
                Arrays.fill(spend, mean);
                return new HoldoutPrediction(spend, null);
            }
        };
        result = ClvAnalysis.run(purchases, options, List.of(flat), Progress.NONE);
    }

    @Test
    void scoresTheModelsOnTheHoldout() {
        List<HoldoutScore> scores = result.holdout();
        assertEquals(List.of("naive", BgNbdGammaGammaPredictor.NAME, "mean"), scores.stream().map(HoldoutScore::model).toList());
        HoldoutScore naive = scores.get(0);
        HoldoutScore model = scores.get(1);
        System.out.println("naive " + naive + "\nmodel " + model);
        assertTrue(model.purchasesMae() < naive.purchasesMae(), "BG/NBD should beat the naive purchase forecast");
        assertTrue(model.rmse() < naive.rmse(), "BG/NBD x Gamma-Gamma should beat the naive spend forecast");
        assertTrue(model.spearman() > 0.3);
        assertTrue(model.topDecileCapture() > 0.3 && model.topDecileCapture() <= 1);
        assertEquals(model.actualTotal(), model.predictedTotal(), 0.15 * model.actualTotal());
        assertEquals(8, model.byCalibrationFrequency().size());
        assertEquals(3000, model.byCalibrationFrequency().stream().mapToInt(FrequencyBin::customers).sum());
        assertTrue(scores.get(2).byCalibrationFrequency().isEmpty());
        assertEquals(0, result.calibration().customersFirstSeenInHoldout());
        assertEquals(25, result.holdoutLength(), 1e-12);
    }

    @Test
    void writesTheContractsClvJson(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("clv.json");
        result.writeJson(file);
        JsonNode json = Json.mapper().readTree(Files.readString(file));
        for (String key : List.of("r", "alpha", "a", "b", "logLikelihood")) {
            assertTrue(json.get("bgnbd").get(key).isNumber(), key);
        }
        for (String key : List.of("p", "q", "gamma")) {
            assertTrue(json.get("gammaGamma").get(key).isNumber(), key);
        }
        JsonNode first = json.get("holdout").get(0);
        for (String key : List.of("model", "rmse", "mae", "spearman", "topDecileCapture")) {
            assertTrue(first.hasNonNull(key), key);
        }
        assertEquals("7+", json.get("holdout").get(1).get("byCalibrationFrequency").get(7).get("label").asText());
        assertEquals(3000, json.get("customers").asInt());
        assertEquals("week", json.get("timeUnit").asText());
        assertEquals(START.plusDays(363).toString(), json.get("calibrationEnd").asText());
        assertFalse(json.has("customerValues"));
        assertTrue(json.get("independenceCheck").get("pearson").isNumber());
    }

    @Test
    void writesOneCsvRowPerCustomer(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("customers_clv.csv");
        result.writeCustomers(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("customer_id,frequency,recency,T,monetary,probabilityAlive,expectedPurchases,"
                + "expectedAverageSpend,expectedSpend,clv,holdoutPredictedSpend,holdoutActualSpend,"
                + "expectedPurchasesLow,expectedPurchasesHigh,probabilityAliveLow,probabilityAliveHigh,clvLow,clvHigh",
                lines.get(0));
        assertEquals(result.customers() + 1, lines.size());
        double sum = result.customerValues().stream().mapToDouble(CustomerClv::clv).sum();
        assertEquals(result.totalClv(), sum, 1e-6 * Math.abs(sum));
        for (CustomerClv c : result.customerValues()) {
            assertTrue(c.probabilityAlive() > 0 && c.probabilityAlive() <= 1);
            // discounting at 1% a month can only lower the value of the expected spend
            assertTrue(c.clv() <= c.expectedSpend() + 1e-9 && c.clv() > 0, c.toString());
        }
    }

    @Test
    void clvOfOneCustomerIsTheDiscountedSumOfMonthlyPurchases() {
        BgNbdModel model = new BgNbdModel(0.243, 4.414, 0.793, 2.426);
        CustomerRfmSummary c = new CustomerRfmSummary("x", 2, 30.43, 38.86, 22.35);
        double perMonth = 4.345;
        double expected = 0;
        for (int m = 1; m <= 3; m++) {
            double inMonth = model.conditionalExpectedPurchases(m * perMonth, 2, 30.43, 38.86)
                    - model.conditionalExpectedPurchases((m - 1) * perMonth, 2, 30.43, 38.86);
            expected += inMonth * 30 / Math.pow(1.02, m);
        }
        assertEquals(expected, ClvCalculator.clv(model, c, 30, 3, 0.02, ClvTimeUnit.WEEK), 1e-12);
        assertEquals(model.conditionalExpectedPurchases(3 * perMonth, 2, 30.43, 38.86) * 30,
                ClvCalculator.clv(model, c, 30, 3, 0, ClvTimeUnit.WEEK), 1e-9);
    }

    @Test
    void runsOnASummaryWithoutHoldout(@TempDir Path dir) throws Exception {
        Path file = Path.of(getClass().getResource("cdnow_customers_summary_with_transactions.csv").toURI());
        ClvResult cdnow = ClvAnalysis.runOnSummaries(RfmSummaryReader.read(file, null),
                ClvOptions.DEFAULT.withTimeUnit(ClvTimeUnit.WEEK), Progress.NONE);
        assertEquals(-9582.4, cdnow.bgnbd().logLikelihood(), 0.1);
        assertEquals(6.25, cdnow.gammaGamma().p(), 0.0625);
        Path out = dir.resolve("clv.json");
        cdnow.writeJson(out);
        JsonNode json = Json.mapper().readTree(Files.readString(out));
        assertFalse(json.has("holdout"));
        assertEquals(2357, json.get("customers").asInt());
    }

    @Test
    void stopsWhenCancelled() {
        Progress cancelled = new Progress() {
            @Override public void update(double fraction, String message) { }
            @Override public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> ClvAnalysis.run(purchases, ClvOptions.DEFAULT, cancelled));
    }
}
