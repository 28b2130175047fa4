package org.clientele.core.segment.profile;

import org.clientele.core.io.Json;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmentNamerTest {

    private static final List<String> RFM = List.of("recency_days", "frequency", "monetary");
    private final SegmentNamer namer = SegmentNamer.withDefaults();

    /** Two segments with hand-computed medians: see the comments for the numbers each sentence uses. */
    private static SegmentationProfile twoSegments() {
        double[][] columns = {
                {3, 5, 100, 120, 140, 160, 180, 200, 220, 240},
                {10, 12, 1, 1, 1, 2, 2, 1, 1, 2},
                {1000, 1200, 50, 60, 70, 80, 90, 100, 110, 120}};
        int[] labels = {0, 0, 1, 1, 1, 1, 1, 1, 1, 1};
        return SegmentProfiler.profile(ProfileInput.of(RFM, columns, labels));
    }

    @Test
    void describesWithSharesRatiosAndNaturalDurations() {
        List<SegmentExplanation> e = namer.explain(twoSegments());
        // segment 0: medians 4 days (bottom fifth: recent), 11 orders and 1,100 spent (top fifth); overall
        // medians 1.5 orders and 95 spent -> 7.3× and 12×; revenue 2,200 of 2,880 = 76%
        assertEquals("High-value loyal buyers — 20% of customers, 76% of revenue; buy 7.3× as often as the typical"
                + " customer, spend 12× as much and half bought within the last 4 days.", e.get(0).description());
        assertTrue(e.get(0).action().startsWith("VIP programme"));
        // segment 1: median 170 days (mid-table), 1 order (bottom quarter), 85 spent = 0.89 × 95
        assertEquals("Occasional buyers — 80% of customers, 24% of revenue; most bought only once, spend 11% less"
                + " than the typical customer and half have not bought for 6 months.", e.get(1).description());
    }

    @Test
    void clashingNamesGetAComparativeQualifierNotANumber() {
        List<Double> r = new ArrayList<>();
        List<Double> f = new ArrayList<>();
        List<Double> m = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            add(r, f, m, labels, 1 + i % 10, 20, 5000, 0);      // recent, frequent, big spenders
            add(r, f, m, labels, 50 + i % 10, 3, 100, 3);       // middling
        }
        for (int i = 0; i < 10; i++) {
            add(r, f, m, labels, 300 + i, 1, 10, 1);            // lapsed long ago, bought once, spent little
            add(r, f, m, labels, 200 + i, 1, 12, 2);            // lapsed less long ago, the same otherwise
        }
        double[][] columns = {unbox(r), unbox(f), unbox(m)};
        SegmentationProfile p = SegmentProfiler.profile(ProfileInput.of(RFM, columns,
                labels.stream().mapToInt(Integer::intValue).toArray()));
        List<SegmentExplanation> e = namer.explain(p);
        assertEquals("High-value loyal buyers", e.get(0).label().generatedName());
        assertEquals("Lapsed low spenders (less recent)", e.get(1).label().generatedName());
        assertEquals("Lapsed low spenders (more recent)", e.get(2).label().generatedName());
        assertEquals(4, e.stream().map(x -> x.label().generatedName()).distinct().count());
    }

    @Test
    void behaviourFeaturesUseBusinessTermsOrPlainFeatureNames() {
        List<String> names = List.of("support_tickets", "mobile_sessions", "feature_0", "feature_2");
        double[][] columns = {
                {9, 8, 9, 1, 1, 0, 1, 0, 1, 1},
                {2, 2, 2, 2, 2, 2, 2, 2, 2, 2},
                {0, 0, 0, -2, -2, -2, 2, 2, 2, 0},
                {0, 0, 0, 2, 2, 2, -2, -2, -2, 0}};
        int[] labels = {0, 0, 0, 1, 1, 1, 2, 2, 2, -1};
        SegmentationProfile p = SegmentProfiler.profile(ProfileInput.of(names, columns, labels));
        List<SegmentExplanation> e = namer.explain(p);
        assertEquals("Heavy support users", e.get(0).label().generatedName());
        assertTrue(e.get(0).action().startsWith("Proactive service"));
        Iterator<SegmentExplanation> rest = e.subList(1, 3).iterator();
        assertTrue(rest.next().label().generatedName().matches("(Low feature_0, high feature_2|High feature_2, low feature_0)"));
        assertTrue(rest.next().label().generatedName().matches("(High feature_0, low feature_2|Low feature_2, high feature_0)"));
        assertTrue(e.get(1).action().contains("(low feature_0)") || e.get(1).action().contains("(high feature_2)"));
        // no spend column: no revenue share in the sentence
        assertTrue(e.get(0).description().startsWith("Heavy support users — 30% of customers; "), e.get(0).description());
    }

    @Test
    void segmentsThatStandOutOnNothingAreTypical() {
        SegmentationProfile p = SegmentProfiler.profile(ProfileInput.of(List.of("feature_0"),
                new double[][] {{1, 2, 3, 1, 2, 3}}, new int[] {0, 0, 0, 1, 1, 1}));
        List<SegmentExplanation> e = namer.explain(p);
        assertEquals("Typical customers", e.get(0).label().generatedName().replaceAll(" \\(.*", ""));
        assertTrue(e.get(0).description().endsWith("; close to average on every feature."), e.get(0).description());
        assertTrue(!e.get(0).label().generatedName().equals(e.get(1).label().generatedName()));
    }

    @Test
    void userNamesWinButGeneratedNamesAreKept() {
        SegmentationProfile p = twoSegments();
        List<SegmentExplanation> e = namer.explain(p, Map.of(0, "  Our VIPs "));
        SegmentLabel label = e.get(0).label();
        assertEquals("Our VIPs", label.displayName());
        assertEquals("High-value loyal buyers", label.generatedName());
        assertTrue(e.get(0).description().startsWith("Our VIPs — 20% of customers"));
        assertEquals("High-value loyal buyers", label.withCustomName(" ").displayName());
        assertNull(e.get(1).label().customName());
    }

    @Test
    void contractEntriesSerialiseDirectly() throws Exception {
        SegmentationProfile p = twoSegments();
        List<SegmentEntry> entries = SegmentEntries.of(p, namer.explain(p, Map.of(1, "Casuals")));
        var tree = Json.mapper().readTree(Json.write(entries));
        var first = tree.get(0);
        List<String> keys = new ArrayList<>();
        first.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("id", "name", "size", "share", "means", "description", "action", "generatedName",
                "customName", "revenueShare", "medians", "distinguishing"), keys);
        assertEquals(List.of("recency_days", "frequency", "monetary"), iterate(first.get("means")));
        assertEquals(1100.0, first.get("medians").get("monetary").asDouble(), 1e-9);
        assertEquals(0.2, first.get("share").asDouble(), 1e-12);
        assertTrue(first.get("customName").isNull());
        assertEquals("Casuals", tree.get(1).get("name").asText());
        assertEquals("Occasional buyers", tree.get(1).get("generatedName").asText());
        assertNotNull(first.get("distinguishing").get(0).get("direction"));

        SegmentationProfile noSpend = SegmentProfiler.profile(ProfileInput.of(List.of("x"),
                new double[][] {{1, 2, 3, 4}}, new int[] {0, 0, 1, 1}));
        var plain = Json.mapper().readTree(Json.write(SegmentEntries.of(noSpend, namer.explain(noSpend))));
        assertTrue(plain.get(0).get("revenueShare").isNull());
    }

    @Test
    void valueRulesNameEveryLevelCombination() {
        NamingRules rules = NamingRules.defaults();
        Level[] levels = {Level.LOW, Level.MID, Level.HIGH, null};
        for (Level r : levels) {
            for (Level f : levels) {
                for (Level m : levels) {
                    boolean known = r != null || f != null || m != null;
                    boolean allMid = (r == null || r == Level.MID) && (f == null || f == Level.MID)
                            && (m == null || m == Level.MID);
                    if (known && !allMid && (f != null || m != null)) {
                        assertTrue(rules.valueRules().stream().anyMatch(rule -> rule.matches(r, f, m)),
                                "no value rule for R " + r + ", F " + f + ", M " + m);
                    }
                }
            }
        }
    }

    @Test
    void phrasesReadNaturally() {
        assertEquals("12%", Phrases.percent(0.123));
        assertEquals("<1%", Phrases.percent(0.004));
        assertEquals("0%", Phrases.percent(0));
        assertEquals("4.2×", Phrases.times(4.23));
        assertEquals("13×", Phrases.times(12.6));
        assertEquals("day", Phrases.within(0.5));
        assertEquals("5 days", Phrases.within(4.2));
        assertEquals("3 weeks", Phrases.within(17));
        assertEquals("3 months", Phrases.within(70));
        assertEquals("2.5 years", Phrases.within(800));
        assertEquals("1 day", Phrases.span(1));
        assertEquals("3 weeks", Phrases.span(20));
        assertEquals("8 months", Phrases.span(250));
        assertEquals("2.2 years", Phrases.span(800));
        assertEquals("72,346", Phrases.amount(72_345.6));
        assertEquals("45.3", Phrases.amount(45.25));
        assertEquals("0.46", Phrases.amount(0.456));
        assertEquals("annual income", Phrases.label("annual_income"));
        assertEquals("purchase frequency", Phrases.label("purchaseFrequency"));
        assertEquals("feature_2", Phrases.label("feature_2"));
        assertEquals("a, b and c", Phrases.join(List.of("a", "b", "c")));
    }

    private static void add(List<Double> r, List<Double> f, List<Double> m, List<Integer> labels,
                            double recency, double frequency, double monetary, int label) {
        r.add(recency);
        f.add(frequency);
        m.add(monetary);
        labels.add(label);
    }

    private static double[] unbox(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static List<String> iterate(com.fasterxml.jackson.databind.JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
