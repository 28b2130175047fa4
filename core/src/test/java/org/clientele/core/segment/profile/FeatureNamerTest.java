package org.clientele.core.segment.profile;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names from the two strongest features, in plain words, on synthetic tables shaped like real ones. */
class FeatureNamerTest {

    private final SegmentNamer namer = SegmentNamer.withDefaults();

    /** Seeded groups of 40 customers around the given centres, one row of centres per segment. */
    private static SegmentationProfile groups(List<String> names, double[][] centres, double[] noise, long seed) {
        Random random = new Random(seed);
        int per = 40;
        double[][] columns = new double[names.size()][centres.length * per];
        int[] labels = new int[centres.length * per];
        for (int s = 0; s < centres.length; s++) {
            for (int i = 0; i < per; i++) {
                int row = s * per + i;
                labels[row] = s;
                for (int f = 0; f < names.size(); f++) {
                    // counts and amounts are never negative
                    columns[f][row] = Math.max(0, centres[s][f] + noise[f] * random.nextGaussian());
                }
            }
        }
        return SegmentProfiler.profile(ProfileInput.of(names, columns, labels));
    }

    private static List<String> names(List<SegmentExplanation> e) {
        return e.stream().map(x -> x.label().generatedName()).toList();
    }

    private static void assertShortAndUnique(List<SegmentExplanation> e) {
        List<String> names = names(e);
        assertEquals(names.size(), new HashSet<>(names).size(), names.toString());
        for (String name : names) {
            assertTrue(FeatureNamer.words(name) <= FeatureNamer.MAX_WORDS, name);
            assertFalse(name.matches(".*\\d.*|.*_.*|.*\\(k\\$\\).*"), "no column-name debris: " + name);
        }
    }

    @Test
    void mallShapedTableGetsNamesFromIncomeAndSpendingScore() {
        // high/low income × high/low spending score, plus a middle group (the Mall_Customers picture)
        SegmentationProfile p = groups(List.of("Age", "Annual Income (k$)", "Spending Score (1-100)"),
                new double[][] {{34, 88, 84}, {40, 88, 16}, {33, 26, 80}, {39, 26, 20}, {36, 58, 50}},
                new double[] {8, 5, 5}, 11);
        List<SegmentExplanation> e = namer.explain(p);
        assertEquals(List.of("Affluent keen spenders", "Affluent careful spenders", "Budget keen spenders",
                "Budget careful spenders", "Typical customers"), names(e));
        assertShortAndUnique(e);
        String facts = e.get(0).facts();
        assertTrue(facts.matches(".*average spending score 8\\d of 100 vs 50 overall.*"), facts);
        assertTrue(facts.matches(".*average annual income \\$8\\d\\.\\dk vs \\$5\\d\\.\\dk overall.*"), facts);
        // no spend column: no share of revenue anywhere
        e.forEach(x -> assertFalse(x.description().contains("revenue"), x.description()));
    }

    @Test
    void highIncomeAndHighSpendReadAsAffluentBigSpenders() {
        SegmentationProfile p = groups(List.of("Income", "total_spend", "NumWebVisitsMonth"),
                new double[][] {{95_000, 2_400, 3}, {30_000, 150, 7}, {55_000, 700, 12}},
                new double[] {6_000, 150, 1}, 5);
        List<SegmentExplanation> e = namer.explain(p);
        assertEquals("Affluent big spenders", e.get(0).label().generatedName());
        assertEquals("Budget low spenders", e.get(1).label().generatedName());
        assertTrue(e.get(2).label().generatedName().matches("(?i).*(visitors|engaged).*"), names(e).toString());
        assertShortAndUnique(e);
        // the spend column is plainly revenue, so its share needs no column name
        assertTrue(e.get(0).facts().matches("33% of customers, \\d+% of revenue; .*"), e.get(0).facts());
        assertTrue(e.get(2).facts().contains("web visits per month"), e.get(2).facts());
    }

    @Test
    void marketingCampaignShapedTableUsesItsVocabulary() {
        // wine spend, store purchases, children at home, birth year: the Kaggle marketing_campaign columns
        SegmentationProfile p = groups(List.of("Year_Birth", "Kidhome", "MntWines", "NumStorePurchases", "Z_Revenue"),
                new double[][] {{1962, 0.1, 700, 9, 11}, {1982, 1.2, 40, 3, 11}, {1972, 0.5, 300, 6, 11}},
                new double[] {4, 0.3, 80, 1, 0}, 3);
        List<SegmentExplanation> e = namer.explain(p);
        assertShortAndUnique(e);
        for (SegmentExplanation x : e) {
            assertFalse(x.description().contains("revenue"), "Z_Revenue is no revenue: " + x.description());
            assertFalse(x.description().matches(".*(Mnt|Num|Kidhome|Year_Birth|mnt |num ).*"), x.description());
        }
        assertTrue(e.get(1).facts().contains("children at home"), e.get(1).facts());
        // born later = younger: the direction of birth year is turned round for the words
        assertTrue(e.stream().noneMatch(x -> x.label().generatedName().startsWith("Older")
                && x.id() == 1), names(e).toString());
    }

    @Test
    void typicalOnlyWhenNoFeatureDiffersByTheEffectSizeThreshold() {
        List<String> close = names(namer.explain(twoSegmentsAt(0.25)));
        assertEquals(2, close.size());
        for (String name : close) {
            assertTrue(name.startsWith("Typical customers"), name);
        }
        List<String> apart = names(namer.explain(twoSegmentsAt(0.35)));
        assertEquals(List.of("Highly loyal customers", "Low-loyalty customers"), apart);
        assertTrue(SegmentNamer.MIN_Z > 0.25 && SegmentNamer.MIN_Z < 0.35);
        assertEquals(SegmentNamer.MIN_Z, NamingRules.defaults().minEffect());

        // the threshold is the naming table's to set: at 0.2 SD the same segments stand out
        NamingRules d = NamingRules.defaults();
        NamingRules lenient = new NamingRules(d.valueRules(), d.terms(), d.middleName(), d.middleAction(),
                d.typicalName(), d.typicalAction(), d.fallbackAction(), 0.2);
        assertEquals(List.of("Highly loyal customers", "Low-loyalty customers"),
                names(new SegmentNamer(lenient).explain(twoSegmentsAt(0.25))));
    }

    /**
     * Two segments of loyalty scores with means ±1 and within-segment spread s, so the standardised difference
     * of each from the whole is exactly 1 / sqrt(1 + s²); s is chosen to give {@code z}.
     */
    private static SegmentationProfile twoSegmentsAt(double z) {
        double s = Math.sqrt(1 / (z * z) - 1);
        List<Double> values = new ArrayList<>();
        int[] labels = new int[80];
        for (int i = 0; i < 80; i++) {
            int seg = i / 40;
            labels[i] = seg;
            values.add((seg == 0 ? 1 : -1) + (i % 2 == 0 ? s : -s));
        }
        double[] column = values.stream().mapToDouble(Double::doubleValue).toArray();
        SegmentationProfile p = SegmentProfiler.profile(ProfileInput.of(List.of("loyalty_score"),
                new double[][] {column}, labels));
        assertEquals(z, Math.abs(p.segments().get(0).feature("loyalty_score").zDifference()), 1e-9);
        return p;
    }

    @Test
    void codesAreNeverNamedOn() {
        // Wholesale's Channel (1 = hotel/restaurant, 2 = retail) separates the segments most, but is a code
        SegmentationProfile p = groups(List.of("Channel", "Grocery", "Detergents_Paper"),
                new double[][] {{1, 4_000, 800}, {2, 16_000, 7_000}}, new double[] {0, 1_500, 600}, 9);
        List<SegmentExplanation> e = namer.explain(p);
        for (SegmentExplanation x : e) {
            assertFalse(x.label().generatedName().toLowerCase().contains("channel"), x.label().generatedName());
            assertFalse(x.facts().contains("channel"), x.facts());
        }
        assertShortAndUnique(e);
    }
}
