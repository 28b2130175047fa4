package org.clientele.core.segment.profile;

import java.util.List;

/**
 * Every segment of one segmentation profiled against the whole: {@code overall} baselines, one
 * {@link SegmentProfile} per segment id, a significance test per feature (input order) and the
 * {@code drivers}: the same tests ranked by effect size (epsilon²), the features that separate segments most;
 * {@code categoricalTests}: a chi-square test per categorical column.
 */
public record SegmentationProfile(List<String> features, FeatureRoles roles, int totalCustomers, int outliers,
                                  double totalRevenue, List<FeatureOverall> overall, List<SegmentProfile> segments,
                                  List<FeatureSignificance> tests, List<FeatureSignificance> drivers,
                                  List<CategoricalSignificance> categoricalTests) {

    /** A profile of numeric features only. */
    public SegmentationProfile(List<String> features, FeatureRoles roles, int totalCustomers, int outliers,
                               double totalRevenue, List<FeatureOverall> overall, List<SegmentProfile> segments,
                               List<FeatureSignificance> tests, List<FeatureSignificance> drivers) {
        this(features, roles, totalCustomers, outliers, totalRevenue, overall, segments, tests, drivers, List.of());
    }

    public SegmentationProfile {
        categoricalTests = categoricalTests == null ? List.of() : List.copyOf(categoricalTests);
        features = List.copyOf(features);
        overall = List.copyOf(overall);
        segments = List.copyOf(segments);
        tests = List.copyOf(tests);
        drivers = List.copyOf(drivers);
    }

    /** The column revenue shares are computed from, or null when none was known (then there are none). */
    public String revenueColumn() {
        return Double.isNaN(totalRevenue) ? null : roles.monetary();
    }

    public FeatureOverall overall(String feature) {
        return overall.stream().filter(o -> o.feature().equals(feature)).findFirst().orElse(null);
    }

    public SegmentProfile segment(int id) {
        return segments.stream().filter(s -> s.id() == id).findFirst().orElse(null);
    }
}
