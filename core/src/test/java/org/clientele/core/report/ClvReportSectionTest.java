package org.clientele.core.report;

import org.clientele.core.clv.ClvAnalysis;
import org.clientele.core.clv.ClvOptions;
import org.clientele.core.clv.ClvResult;
import org.clientele.core.clv.ClvTimeUnit;
import org.clientele.core.clv.ProbabilityAliveMatrix;
import org.clientele.core.clv.Purchase;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report's lifetime-value section drawn from a clv run on simulated purchases with a holdout. */
class ClvReportSectionTest {

    static ClvResult result;

    @BeforeAll
    static void run() {
        Random random = new Random(11);
        LocalDate start = LocalDate.of(2021, 1, 4);
        List<Purchase> purchases = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            double rate = 0.01 + 0.05 * random.nextDouble();
            double dropout = 0.3 * random.nextDouble();
            LocalDate day = start.plusDays(random.nextInt(60));
            purchases.add(new Purchase("c" + i, day.atTime(9, 0), 20 + 30 * random.nextDouble()));
            for (day = day.plusDays(1); day.isBefore(start.plusDays(300)); day = day.plusDays(1)) {
                if (random.nextDouble() < rate) {
                    purchases.add(new Purchase("c" + i, day.atTime(9, 0), 10 + 40 * random.nextDouble()));
                    if (random.nextDouble() < dropout) {
                        break;
                    }
                }
            }
        }
        ClvOptions options = ClvOptions.DEFAULT.withTimeUnit(ClvTimeUnit.WEEK)
                .withHoldout(start.plusDays(220), start.plusDays(299));
        result = ClvAnalysis.run(purchases, options, List.of(), false, Progress.NONE);
    }

    @Test
    void drawsTheScoresTheTrackingTheFrequencyChartAndTheHeatmap() {
        StringBuilder h = new StringBuilder();
        ClvReportSection.render(h, new LifetimeValueSection(result, null));
        String html = h.toString();
        assertTrue(html.contains("<h2 id=\"lifetime-value\">Lifetime value</h2>"));
        assertEquals(4, count(html, "<svg "), "cumulative, weekly, by frequency, heatmap");
        assertTrue(html.contains("holdout →"), "the calibration end is marked");
        assertTrue(html.contains("Normalized Gini") && html.contains("Decile MAPE"));
        assertTrue(html.contains(result.diagnostics().seasonality().sentence().substring(0, 40)));
        // Every tracking line has one point per week.
        int weeks = result.diagnostics().tracking().weeks().size();
        Matcher path = Pattern.compile("<path d=\"([^\"]*)\"").matcher(html);
        assertTrue(path.find());
        assertEquals(weeks, count(path.group(1), "M") + count(path.group(1), "L"));
        ProbabilityAliveMatrix m = result.diagnostics().probabilityAliveMatrix();
        assertEquals(m.frequencies().size() * m.recencies().size(), count(html, "repeat purchases, last at"));
        assertFalse(html.contains("http"), "self-contained");
    }

    @Test
    void listsEachSegmentsTotalsWithTheirRanges() {
        java.util.Map<String, String> half = new java.util.HashMap<>();
        result.customerValues().forEach(c -> half.put(c.customerId(), c.frequency() > 0 ? "Repeat <buyers>" : "One-off"));
        var totals = org.clientele.core.clv.SegmentClvTotals.of(result,
                org.clientele.core.clv.CustomerSegments.ofValues("frequency", half), Progress.NONE);
        StringBuilder h = new StringBuilder();
        ClvReportSection.render(h, new LifetimeValueSection(result, null, totals));
        String html = h.toString();
        assertTrue(html.contains("<th>Segment</th>"), html);
        assertTrue(html.contains("<td>Repeat &lt;buyers&gt;</td>") && html.contains("<td>One-off</td>"));
        var first = totals.segments().get(0);
        assertTrue(html.contains(String.format(java.util.Locale.ROOT, "%,d (%,d–%,d)", Math.round(first.clv()),
                Math.round(first.clvLow()), Math.round(first.clvHigh()))), html);
    }

    @Test
    void saysWhyWhenThereIsNoEstimate() {
        StringBuilder h = new StringBuilder();
        ClvReportSection.render(h, new LifetimeValueSection(null, "no purchase <after> cleaning"));
        assertTrue(h.toString().contains("could not be estimated: no purchase &lt;after&gt; cleaning."), h.toString());
        StringBuilder none = new StringBuilder();
        ClvReportSection.render(none, null);
        assertEquals("", none.toString());
    }

    @Test
    void gridStepsAreRound() {
        assertEquals(25, ClvSvgCharts.niceStep(22));
        assertEquals(1, ClvSvgCharts.niceStep(0.9));
        assertEquals(1000, ClvSvgCharts.niceStep(760));
    }

    @Test
    void heatmapColoursRunFromWhiteToBlue() {
        assertEquals("#ffffff", ClvSvgCharts.colour(0));
        assertEquals("#1f4e8c", ClvSvgCharts.colour(1));
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }
}
