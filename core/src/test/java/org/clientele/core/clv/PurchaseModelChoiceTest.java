package org.clientele.core.clv;

import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.io.Json;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --model auto compares the purchase models side by side; a named model drives the figures alone. */
class PurchaseModelChoiceTest {

    private static final LocalDate START = LocalDate.of(2020, 1, 1);
    private static List<Purchase> purchases;
    private static ClvOptions holdout;

    @BeforeAll
    static void simulate() {
        purchases = new BgNbdSimulator(0.24, 30.9, 0.79, 2.43, 6.25, 3.74, 15.44, 11L).purchases(1500, START, 90, 540);
        holdout = ClvOptions.DEFAULT.withTimeUnit(ClvTimeUnit.WEEK).withHoldout(START.plusDays(363), START.plusDays(539))
                .toBuilder().starts(3).intervalDraws(0).build();
    }

    @Test
    void autoKeepsTheModelWithTheBestHoldoutPurchaseForecast(@TempDir Path dir) throws Exception {
        ClvResult r = ClvAnalysis.run(purchases, holdout.toBuilder().purchaseModel(PurchaseModelChoice.AUTO).build(),
                Progress.NONE);
        List<PurchaseModelFit> fits = r.purchaseModels();
        assertEquals(3, fits.size());
        assertEquals(1, fits.stream().filter(f -> Boolean.TRUE.equals(f.chosen())).count());
        PurchaseModelFit best = fits.stream().min(Comparator.comparingDouble(f -> f.holdout().purchasesRmse())).orElseThrow();
        assertEquals(best.model(), fits.get(0).model());
        assertTrue(fits.get(0).chosen());
        assertTrue(fits.get(0).why().startsWith("Chose " + PurchaseModelKind.of(best.model()).label()
                        + ": it predicted the holdout purchases best: RMSE per customer "),
                fits.get(0).why());
        // Refitted on everything for the forward-looking figures.
        assertEquals(best.model(), r.purchaseModel().model());
        assertTrue(r.purchaseModel().customers() > best.customers() - 1);
        assertEquals(best.model().equals("bgnbd"), r.bgnbd() != null);
        assertEquals(List.of("naive", best.model() + "-gammagamma"),
                r.holdout().subList(0, 2).stream().map(HoldoutScore::model).toList());
        assertEquals(4, r.holdout().size());
        for (PurchaseModelFit f : fits) {
            assertEquals(2 * 4 - 2 * f.logLikelihood(), f.aic(), 1e-9);
            assertEquals(4 * Math.log(f.customers()) - 2 * f.logLikelihood(), f.bic(), 1e-9);
        }
        Path out = dir.resolve("clv.json");
        r.writeJson(out);
        JsonNode json = Json.mapper().readTree(Files.readString(out));
        assertEquals(3, json.get("purchaseModels").size());
        JsonNode first = json.get("purchaseModels").get(0);
        assertTrue(first.get("chosen").asBoolean());
        assertTrue(first.get("parameters").get("r").get("standardError").isNumber());
        assertTrue(first.get("holdout").get("purchasesRmse").isNumber());
        assertTrue(first.get("bic").isNumber() && first.get("why").isTextual());
        assertFalse(json.get("purchaseModels").get(1).has("why"));
        assertEquals(best.model(), json.get("purchaseModel").get("model").asText());
    }

    @Test
    void aNamedModelDrivesTheFiguresAlone() {
        ClvResult r = ClvAnalysis.run(purchases, holdout.toBuilder().purchaseModel(PurchaseModelChoice.PNBD).build(),
                Progress.NONE);
        assertNull(r.bgnbd());
        assertNull(r.calibration().bgnbd());
        assertEquals("pnbd", r.purchaseModel().model());
        assertEquals(1, r.purchaseModels().size());
        assertEquals("Chose Pareto/NBD: it was asked for by name.", r.purchaseModels().get(0).why());
        assertEquals("pnbd-gammagamma", r.holdout().get(1).model());
        ParetoNbdModel m = (ParetoNbdModel) r.purchaseModel().fitted();
        CustomerClv c = r.customerValues().stream().filter(v -> v.frequency() > 2).findFirst().orElseThrow();
        assertEquals(m.probabilityAlive(c.frequency(), c.recency(), c.T()), c.probabilityAlive(), 1e-12);
        assertEquals(m.conditionalExpectedPurchases(12 * 4.345, c.frequency(), c.recency(), c.T()), c.expectedPurchases(),
                1e-12);
    }

    /** On CDNOW the three models' BICs are 19,195.9 (BG/NBD), 19,221.0 (Pareto/NBD) and 19,195.3 (MBG/NBD). */
    @Test
    void withoutAHoldoutAutoKeepsTheLowestBic() throws URISyntaxException {
        Path file = Path.of(getClass().getResource("cdnow_customers_summary_with_transactions.csv").toURI());
        ClvResult r = ClvAnalysis.runOnSummaries(RfmSummaryReader.read(file, "ID"), ClvOptions.DEFAULT
                .withTimeUnit(ClvTimeUnit.WEEK).toBuilder().purchaseModel(PurchaseModelChoice.AUTO).intervalDraws(0)
                .build(), Progress.NONE);
        assertEquals(List.of("mbgnbd", "bgnbd", "pnbd"), r.purchaseModels().stream().map(PurchaseModelFit::model).toList());
        assertEquals(19195.3, r.purchaseModels().get(0).bic(), 0.1);
        assertEquals(19195.9, r.purchaseModels().get(1).bic(), 0.1);
        assertEquals(19221.0, r.purchaseModels().get(2).bic(), 0.1);
        assertNull(r.bgnbd());
        assertNull(r.uncertainty());
        assertFalse(r.customerValues().get(0).hasIntervals());
    }
}
