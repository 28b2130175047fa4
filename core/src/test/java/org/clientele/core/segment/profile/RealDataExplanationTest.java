package org.clientele.core.segment.profile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clientele.core.io.Json;
import org.clientele.core.segment.rfm.RfmResult;
import org.clientele.core.segment.rfm.RfmRuleTable;
import org.clientele.core.segment.rfm.RfmScorer;
import org.clientele.core.segment.rfm.RfmSegmentSummary;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Explains segmentations of the shared real datasets the way a manager would read them. */
class RealDataExplanationTest {

    private static RetailCustomers retail;

    /** Read once for both retail tests; skips (through SharedData) when the file is absent. */
    private static synchronized RetailCustomers retail() throws IOException {
        if (retail == null) {
            retail = RetailCustomers.read(SharedData.file("online_retail.csv.gz"));
        }
        return retail;
    }

    @Test
    void retailKMeansSegmentsReadLikeBusinessSegments() throws IOException {
        RetailCustomers retail = retail();
        double[][] columns = {retail.recencyDays(), retail.frequency(), retail.monetary()};
        assertEquals(4338, retail.ids().size());
        assertEquals(8_911_407.90, Arrays.stream(retail.monetary()).sum(), 0.01);
        double[][] logged = Arrays.stream(columns).map(c -> Arrays.stream(c).map(Math::log1p).toArray())
                .toArray(double[][]::new);
        int[] labels = TinyKMeans.labels(logged, 4, 42);
        SegmentationProfile profile = SegmentProfiler.profile(ProfileInput.of(
                List.of("recency_days", "frequency", "monetary"), columns, labels));
        List<SegmentExplanation> explained = SegmentNamer.withDefaults().explain(profile);
        print("Online Retail, k-means k=4 on log RFM", profile, explained);

        assertReadable(profile, explained);
        assertEquals(1.0, profile.segments().stream().mapToDouble(SegmentProfile::revenueShare).sum(), 1e-9);
        // the segment with the most revenue per customer must be named as valuable, not as lapsed
        SegmentProfile richest = profile.segments().stream()
                .max((a, b) -> Double.compare(a.revenueShare() / a.size(), b.revenueShare() / b.size())).orElseThrow();
        String richestName = nameOf(explained, richest.id());
        assertTrue(richestName.startsWith("High-value") || richestName.contains("big spenders"), richestName);
        for (FeatureSignificance t : profile.tests()) {
            assertTrue(t.kruskalWallisP() < 1e-10, t.toString()); // k-means segments differ on every RFM feature
        }
    }

    @Test
    void retailRfmSegmentsCoverEveryCustomer() throws IOException {
        RetailCustomers retail = retail();
        RfmResult rfm = RfmScorer.score(retail.ids(), retail.recencyDays(), retail.frequency(), retail.monetary(),
                RfmRuleTable.defaults());
        System.out.println("\n== Online Retail, named RFM segments");
        for (RfmSegmentSummary s : rfm.segments()) {
            System.out.printf("%-20s %5d %5.1f%% of customers %5.1f%% of revenue  R %5.0f d  F %5.1f  M %8.0f  | %s%n",
                    s.segment(), s.count(), 100 * s.share(), 100 * s.revenueShare(), s.meanRecencyDays(),
                    s.meanFrequency(), s.meanMonetary(), s.action());
        }
        assertEquals(4338, rfm.segments().stream().mapToInt(RfmSegmentSummary::count).sum());
        RfmSegmentSummary champions = rfm.segments().get(0);
        assertTrue(champions.revenueShare() > 3 * champions.share(), champions.toString());

        // the RFM segments as labels for the profiler: names must still come out unique and sensible
        SegmentationProfile profile = SegmentProfiler.profile(ProfileInput.of(
                List.of("recency_days", "frequency", "monetary"),
                new double[][] {retail.recencyDays(), retail.frequency(), retail.monetary()}, rfm.labels()));
        List<SegmentExplanation> explained = SegmentNamer.withDefaults().explain(profile);
        print("Online Retail, profiler on the RFM segments", profile, explained);
        assertReadable(profile, explained);
    }

    @Test
    void purchasingBehavioursWithoutRecency() throws IOException {
        Table t = Table.read(SharedData.file("Customer_Purchasing_Behaviors.csv"),
                List.of("age", "annual_income", "purchase_amount", "loyalty_score", "purchase_frequency"));
        int[] labels = TinyKMeans.labels(t.columns(), 3, 42);
        SegmentationProfile profile = SegmentProfiler.profile(ProfileInput.of(t.names(), t.columns(), labels));
        assertEquals(new FeatureRoles("purchase_amount", null, "purchase_frequency"), profile.roles());
        List<SegmentExplanation> explained = SegmentNamer.withDefaults().explain(profile);
        print("Customer_Purchasing_Behaviors, k-means k=3", profile, explained);
        assertReadable(profile, explained);
    }

    @Test
    void anonymousFeaturesStillReadSensibly() throws IOException {
        List<String> names = List.of("feature_0", "feature_1", "feature_2", "feature_3", "feature_4");
        Table t = Table.read(SharedData.file("customer_behavior_unsupervised.csv"), names);
        int[] labels = TinyKMeans.labels(t.columns(), 4, 42);
        SegmentationProfile profile = SegmentProfiler.profile(ProfileInput.of(t.names(), t.columns(), labels));
        List<SegmentExplanation> explained = SegmentNamer.withDefaults().explain(profile);
        print("customer_behavior_unsupervised, k-means k=4", profile, explained);
        assertReadable(profile, explained);
        for (SegmentExplanation e : explained) {
            assertTrue(e.label().generatedName().matches("(High|Low) feature_\\d(, (high|low) feature_\\d)?( \\(.*\\))?")
                    || e.label().generatedName().startsWith("Typical"), e.label().generatedName());
            assertTrue(e.description().contains(" SD "), e.description()); // z-scored data: no ratios
        }
    }

    private static void assertReadable(SegmentationProfile profile, List<SegmentExplanation> explained) {
        assertEquals(profile.segments().size(), explained.size());
        assertEquals(explained.size(), new HashSet<>(explained.stream().map(e -> e.label().displayName()).toList()).size(),
                "names must be unique");
        for (SegmentExplanation e : explained) {
            assertFalse(e.label().generatedName().matches(".*#\\d.*"), e.label().generatedName());
            assertTrue(e.description().matches(".+ — (<1|\\d+)% of customers.*\\.$"), e.description());
            assertFalse(e.description().contains("NaN") || e.description().contains("Infinity"), e.description());
            assertFalse(e.action().isBlank());
        }
        List<SegmentEntry> entries = SegmentEntries.of(profile, explained);
        String json = Json.write(entries);
        assertFalse(json.contains("NaN"));
        assertEquals(1.0, profile.segments().stream().mapToDouble(SegmentProfile::share).sum()
                + (double) profile.outliers() / profile.totalCustomers(), 1e-9);
    }

    private static String nameOf(List<SegmentExplanation> explained, int id) {
        return explained.stream().filter(e -> e.id() == id).findFirst().orElseThrow().label().displayName();
    }

    private static void print(String title, SegmentationProfile profile, List<SegmentExplanation> explained) {
        System.out.println("\n== " + title + "  (drivers: " + profile.drivers().stream()
                .map(d -> String.format("%s ε²=%.2f", d.feature(), d.epsilonSquared())).toList() + ")");
        for (SegmentExplanation e : explained) {
            System.out.println(e.description());
            System.out.println("   action: " + e.action() + "   [" + e.basis() + "]");
        }
    }

    /** The chosen numeric columns of a small CSV. */
    private record Table(List<String> names, double[][] columns) {
        static Table read(Path file, List<String> names) throws IOException {
            List<double[]> rows = new ArrayList<>();
            try (Reader in = Files.newBufferedReader(file)) {
                for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                    rows.add(names.stream().mapToDouble(n -> Double.parseDouble(r.get(n))).toArray());
                }
            }
            double[][] columns = new double[names.size()][rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                for (int f = 0; f < names.size(); f++) {
                    columns[f][i] = rows.get(i)[f];
                }
            }
            return new Table(names, columns);
        }
    }
}
