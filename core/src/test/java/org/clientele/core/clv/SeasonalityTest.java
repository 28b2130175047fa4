package org.clientele.core.clv;

import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.io.Json;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeasonalityTest {

    private static final LocalDate START = LocalDate.of(2018, 1, 1);

    /**
     * BG/NBD-like customers (they may stop after each repeat purchase) at a daily rate that is 2.5 times
     * higher in October to December: over a year the average day is (9 + 3 x 2.5) / 12 = 1.375 times the
     * off-season, so the fourth quarter is 2.5 / 1.375 = 1.82 times the average.
     */
    private static List<Purchase> seasonal(int customers, long seed, LocalDate start) {
        Random random = new Random(seed);
        List<Purchase> out = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            String id = "c" + i;
            double rate = 0.005 + 0.02 * random.nextDouble();
            double dropout = 0.1 * random.nextDouble();
            LocalDate first = start.plusDays(random.nextInt(60));
            out.add(new Purchase(id, first.atTime(12, 0), 20));
            for (LocalDate d = first.plusDays(1); d.isBefore(LocalDate.of(2020, 1, 1)); d = d.plusDays(1)) {
                double season = d.getMonthValue() >= Month.OCTOBER.getValue() ? 2.5 : 1;
                if (random.nextDouble() < rate * season) {
                    out.add(new Purchase(id, d.atTime(12, 0), 10 + 20 * random.nextDouble()));
                    if (random.nextDouble() < dropout) {
                        break;
                    }
                }
            }
        }
        return out;
    }

    @Test
    void aHoldoutOverThePeakIsUnderPredictedAndTheAdjustmentClosesTheGap(@TempDir Path dir) throws Exception {
        List<Purchase> purchases = seasonal(1000, 4, START);
        ClvOptions options = ClvOptions.DEFAULT.withTimeUnit(ClvTimeUnit.WEEK)
                .withHoldout(LocalDate.of(2019, 9, 29), LocalDate.of(2019, 12, 29));
        ClvResult r = ClvAnalysis.run(purchases, options, List.of(), true, Progress.NONE);
        Seasonality s = r.diagnostics().seasonality();
        assertTrue(s.estimable(), s.reason());
        assertTrue(s.peak());
        assertEquals(1.82, s.seasonalFactor(), 0.25);
        assertTrue(s.predictedVsActual() < -0.3, "the stationary model should fall well short: " + s.sentence());
        // The adjustment closes most of the gap (the rest is the model's own misfit to these customers).
        assertTrue(Math.abs(s.adjustedPredictedPurchases() - s.actualPurchases())
                < 0.5 * Math.abs(s.predictedPurchases() - s.actualPurchases()), s.sentence());
        assertTrue(s.sentence().contains("seasonal peak"), s.sentence());

        HoldoutScore plain = r.holdout().stream().filter(h -> h.model().equals(BgNbdGammaGammaPredictor.NAME))
                .findFirst().orElseThrow();
        HoldoutScore adjusted = r.holdout().stream().filter(h -> h.model().equals(ClvDiagnostics.SEASONAL_MODEL))
                .findFirst().orElseThrow();
        assertTrue(adjusted.purchasesMae() < plain.purchasesMae());
        assertTrue(Math.abs(adjusted.predictedTotal() - adjusted.actualTotal())
                < Math.abs(plain.predictedTotal() - plain.actualTotal()));
        // Scaling every prediction by one factor leaves the ranking as it was.
        assertEquals(plain.ranking().normalizedGini(), adjusted.ranking().normalizedGini(), 1e-12);
        assertNotNull(r.diagnostics().tracking().weeks().get(r.diagnostics().tracking().weeks().size() - 1)
                .seasonalPredictedCumulative());

        Path json = dir.resolve("clv.json");
        r.writeJson(json);
        JsonNode root = Json.mapper().readTree(json.toFile());
        assertTrue(root.path("seasonality").path("estimable").asBoolean());
        assertTrue(root.path("tracking").path("weeks").size() > 100);
        System.out.println(s.sentence());
        assertTrue(root.path("probabilityAliveMatrix").path("values").size() > 1);
        assertTrue(root.path("holdout").get(1).has("normalizedGini"));
        assertTrue(root.path("holdout").get(1).has("decileMape"));
        assertEquals(10, root.path("holdout").get(1).path("deciles").size());
    }

    @Test
    void withoutAYearOfHistoryTheAdjustmentCannotBeEstimated() {
        List<Purchase> purchases = seasonal(300, 5, LocalDate.of(2019, 1, 1));
        CalibrationHoldoutData data = CalibrationHoldoutSplit.split(purchases, LocalDate.of(2019, 9, 29),
                LocalDate.of(2019, 12, 29), ClvTimeUnit.WEEK);
        Seasonality s = Seasonality.assess(purchases, data, new BgNbdModel(0.5, 10, 0.5, 5)::expectedPurchases, 100);
        assertFalse(s.estimable());
        assertNull(s.seasonalFactor());
        assertNull(s.ratioByWeekEnd());
        assertTrue(s.sentence().contains("cannot be estimated"), s.sentence());
        assertTrue(s.reason().contains("at least a year"), s.reason());
        assertEquals(data.holdout().stream().mapToDouble(HoldoutTarget::purchases).sum(), s.actualPurchases());
    }

    @Test
    void stationaryBuyingShowsNoPeak() {
        LocalDate start = LocalDate.of(2020, 1, 1);
        List<Purchase> purchases = new BgNbdSimulator(0.24, 30.9, 0.79, 2.43, 6.25, 3.74, 15.44, 5L)
                .purchases(3000, start, 90, 540);
        CalibrationHoldoutData data = CalibrationHoldoutSplit.split(purchases, start.plusDays(363), start.plusDays(539),
                ClvTimeUnit.DAY);
        BgNbdModel model = new BgNbdModel(0.24, 30.9, 0.79, 2.43);
        Seasonality s = Seasonality.assess(purchases, data, model::expectedPurchases, 1000);
        assertTrue(s.estimable(), s.reason());
        assertFalse(s.peak(), s.sentence());
        assertEquals(1, s.seasonalFactor(), 0.25);
    }
}
