package org.clientele.core.segment.profile;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmentProfilerTest {

    private static final double NaN = Double.NaN;

    // six customers: two in segment 0, three in segment 1, one outlier; ten customers in the whole table
    private static final List<String> NAMES = List.of("spend", "visits");
    private static final double[][] COLUMNS = {
            {10, 20, 1, 2, 3, 100},
            {5, NaN, 1, 1, 2, 0}};
    private static final int[] LABELS = {0, 0, 1, 1, 1, -1};

    private static SegmentationProfile profile() {
        return SegmentProfiler.profile(new ProfileInput(NAMES, COLUMNS, LABELS,
                FeatureRoles.NONE.withMonetary("spend"), 10));
    }

    @Test
    void sharesCountOutliersAndTheWholeTable() {
        SegmentationProfile p = profile();
        assertEquals(1, p.outliers());
        assertEquals(2, p.segments().size());
        assertEquals(2, p.segment(0).size());
        assertEquals(0.2, p.segment(0).share(), 1e-12);
        assertEquals(0.3, p.segment(1).share(), 1e-12);
        assertEquals(136, p.totalRevenue(), 1e-12);
        assertEquals(30.0 / 136, p.segment(0).revenueShare(), 1e-12);
        assertEquals(6.0 / 136, p.segment(1).revenueShare(), 1e-12);
    }

    @Test
    void featureSummariesInOriginalUnits() {
        SegmentationProfile p = profile();
        FeatureOverall spend = p.overall("spend");
        double mean = 136.0 / 6;
        double std = Math.sqrt((Math.pow(10 - mean, 2) + Math.pow(20 - mean, 2) + Math.pow(1 - mean, 2)
                + Math.pow(2 - mean, 2) + Math.pow(3 - mean, 2) + Math.pow(100 - mean, 2)) / 6);
        assertEquals(mean, spend.mean(), 1e-12);
        assertEquals(std, spend.std(), 1e-12);
        assertEquals(6.5, spend.median(), 1e-12);

        FeatureSummary s0 = p.segment(0).feature("spend");
        assertEquals(15, s0.mean(), 1e-12);
        assertEquals(15, s0.median(), 1e-12);
        assertEquals(15 / mean, s0.ratioToOverall(), 1e-12);
        assertEquals((15 - mean) / std, s0.zDifference(), 1e-12);
        assertEquals(4.0 / 6, s0.medianPercentile(), 1e-12); // 1,2,3,10 below 15
        assertEquals(Direction.LOWER, s0.direction());

        FeatureOverall visits = p.overall("visits");
        assertEquals(1, visits.missing());
        assertEquals(1.8, visits.mean(), 1e-12);
        assertEquals(5, p.segment(0).feature("visits").mean(), 1e-12); // the NaN is skipped
        assertEquals(1, p.segment(1).feature("visits").median(), 1e-12);
        // percentile of median 1 among 0,1,1,2,5: one below, two tied -> (1 + 1) / 5
        assertEquals(0.4, p.segment(1).feature("visits").medianPercentile(), 1e-12);
    }

    @Test
    void distinguishingFeaturesRankedByStandardisedDifference() {
        SegmentProfile s0 = profile().segment(0);
        Distinction top = s0.distinguishing().get(0);
        assertEquals("visits", top.feature()); // (5 − 1.8)/1.72 is far larger than (15 − 22.7)/35.2
        assertEquals(Direction.HIGHER, top.direction());
        assertEquals(2, s0.distinguishing().size());
    }

    @Test
    void testsAcrossSegmentsLeaveOutliersOut() {
        SegmentationProfile p = profile();
        FeatureSignificance spend = p.tests().get(0);
        // groups {10, 20} and {1, 2, 3}: H = 3 exactly (see KruskalWallisTest)
        assertEquals(3.0, spend.kruskalWallisH(), 1e-12);
        assertEquals(0.75, spend.epsilonSquared(), 1e-12);
        // ANOVA by hand: grand mean 7.2, SSB = 2·7.8² + 3·5.2² = 202.8, SSW = 50 + 2 = 52, F = 202.8 / (52/3)
        assertEquals(202.8 / (52.0 / 3), spend.anovaF(), 1e-9);
        assertEquals(202.8 / 254.8, spend.etaSquared(), 1e-12);
        assertTrue(spend.anovaP() > 0 && spend.anovaP() < 0.05);
        // visits: segment 0 has a single value, so ANOVA (needs two per group) is undefined
        assertTrue(Double.isNaN(p.tests().get(1).anovaF()));
        assertEquals("spend", p.drivers().get(0).feature());
    }

    @Test
    void anovaMatchesScipyOnThreeGroups() {
        // scipy.stats.f_oneway / kruskal on these groups: F 0.56007326, p 0.58663299; H 0.77142857, p 0.67996477
        double[][] cols = {{2.9, 3.0, 2.5, 2.6, 3.2, 3.8, 2.7, 4.0, 2.4, 2.8, 3.4, 3.7, 2.2, 2.0}};
        int[] labels = {0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2};
        FeatureSignificance t = SegmentProfiler.profile(ProfileInput.of(List.of("x"), cols, labels)).tests().get(0);
        assertEquals(0.56007326007326, t.anovaF(), 1e-10);
        assertEquals(0.5866329910417377, t.anovaP(), 1e-8);
        assertEquals(0.7714285714285722, t.kruskalWallisH(), 1e-10);
        assertEquals(0.6799647735788936, t.kruskalWallisP(), 1e-10);
    }

    @Test
    void noSpendColumnMeansNoRevenueShare() {
        SegmentationProfile p = SegmentProfiler.profile(ProfileInput.of(List.of("x"), new double[][] {{1, 2, 3}},
                new int[] {0, 1, 1}));
        assertNull(p.roles().monetary());
        assertTrue(Double.isNaN(p.segment(0).revenueShare()));
    }

    @Test
    void ratioIsUndefinedForFeaturesWithNegativeValues() {
        SegmentationProfile p = SegmentProfiler.profile(ProfileInput.of(List.of("z"),
                new double[][] {{-1, 1, -2, 2}}, new int[] {0, 0, 1, 1}));
        assertTrue(Double.isNaN(p.segment(0).feature("z").ratioToOverall()));
    }

    @Test
    void rejectsMismatchedInput() {
        assertThrows(IllegalArgumentException.class, () -> ProfileInput.of(List.of("a"),
                new double[][] {{1, 2}}, new int[] {0}));
        assertThrows(IllegalArgumentException.class, () -> new ProfileInput(List.of("a"),
                new double[][] {{1}}, new int[] {0}, FeatureRoles.NONE.withMonetary("spend"), 1));
    }

    @Test
    void detectsRolesFromCommonColumnNames() {
        FeatureRoles r = FeatureRoles.detect(List.of("customer_id", "recency_days", "frequency", "monetary",
                "average_order_value"));
        assertEquals(new FeatureRoles("monetary", "recency_days", "frequency"), r);
        FeatureRoles b = FeatureRoles.detect(List.of("age", "annual_income", "purchase_amount", "loyalty_score",
                "purchase_frequency"));
        assertEquals(new FeatureRoles("purchase_amount", null, "purchase_frequency"), b);
        FeatureRoles c = FeatureRoles.detect(List.of("DaysSinceLastPurchase", "Orders", "TotalSpend"));
        assertEquals(new FeatureRoles("TotalSpend", "DaysSinceLastPurchase", "Orders"), c);
        assertEquals(FeatureRoles.NONE, FeatureRoles.detect(List.of("feature_0", "feature_1")));
    }
}
