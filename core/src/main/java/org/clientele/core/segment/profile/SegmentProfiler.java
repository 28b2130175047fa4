package org.clientele.core.segment.profile;

import org.apache.commons.math3.stat.inference.OneWayAnova;
import org.clientele.core.stats.Descriptive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Profiles a finished segmentation: sizes, shares, revenue shares, per-feature means and medians against
 * the whole, the features that set each segment apart, and per feature a Kruskal–Wallis and an ANOVA test
 * across segments. Outliers (label −1) count in the totals and the overall baselines but form no segment.
 */
public final class SegmentProfiler {

    private SegmentProfiler() {
    }

    public static SegmentationProfile profile(ProfileInput in) {
        return profile(in, CategoricalInput.NONE);
    }

    /** As {@link #profile(ProfileInput)}, with each segment's composition by the levels of {@code categorical}. */
    public static SegmentationProfile profile(ProfileInput in, CategoricalInput categorical) {
        int[] labels = in.labels();
        int k = Arrays.stream(labels).max().orElse(-1) + 1;
        int[] sizes = new int[k];
        int outliers = 0;
        for (int label : labels) {
            if (label < 0) {
                outliers++;
            } else {
                sizes[label]++;
            }
        }

        List<FeatureOverall> overall = new ArrayList<>();
        List<FeatureSignificance> tests = new ArrayList<>();
        // summaries[segment][feature]
        FeatureSummary[][] summaries = new FeatureSummary[k][in.featureCount()];
        for (int f = 0; f < in.featureCount(); f++) {
            String name = in.names().get(f);
            double[] column = in.columns()[f];
            double[] sorted = Arrays.stream(column).filter(v -> !Double.isNaN(v)).sorted().toArray();
            FeatureOverall base = overallOf(name, sorted, column.length - sorted.length);
            overall.add(base);
            double[][] groups = groups(column, labels, k);
            for (int s = 0; s < k; s++) {
                summaries[s][f] = summarise(name, groups[s], base, sorted);
            }
            tests.add(test(name, groups));
        }

        double totalRevenue = Double.NaN;
        double[] segmentRevenue = new double[k];
        int m = in.roles().monetary() == null ? -1 : in.featureIndex(in.roles().monetary());
        if (m >= 0) {
            totalRevenue = 0;
            double[] spend = in.columns()[m];
            for (int row = 0; row < labels.length; row++) {
                if (!Double.isNaN(spend[row])) {
                    totalRevenue += spend[row];
                    if (labels[row] >= 0) {
                        segmentRevenue[labels[row]] += spend[row];
                    }
                }
            }
        }

        CompositionProfiler.Result composition = CompositionProfiler.profile(categorical, labels, k);
        List<SegmentProfile> segments = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            if (sizes[s] == 0) {
                continue; // an unused id (e.g. after merging) is not a segment
            }
            List<FeatureSummary> features = List.of(summaries[s]);
            List<Distinction> distinguishing = features.stream()
                    .filter(x -> !Double.isNaN(x.zDifference()))
                    .sorted(Comparator.comparingDouble((FeatureSummary x) -> -Math.abs(x.zDifference())))
                    .map(Distinction::of)
                    .toList();
            double revenueShare = m >= 0 && totalRevenue > 0 ? segmentRevenue[s] / totalRevenue : Double.NaN;
            segments.add(new SegmentProfile(s, sizes[s], (double) sizes[s] / in.totalCustomers(), revenueShare,
                    features, distinguishing, composition.bySegment().get(s)));
        }

        List<FeatureSignificance> drivers = tests.stream()
                .sorted(Comparator.comparingDouble((FeatureSignificance t) -> Double.isNaN(t.epsilonSquared())
                        ? Double.NEGATIVE_INFINITY : -t.epsilonSquared()))
                .toList();
        return new SegmentationProfile(in.names(), in.roles(), in.totalCustomers(), outliers, totalRevenue,
                overall, segments, tests, drivers, composition.tests());
    }

    private static FeatureOverall overallOf(String name, double[] sorted, int missing) {
        if (sorted.length == 0) {
            return new FeatureOverall(name, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, missing);
        }
        double mean = Arrays.stream(sorted).sum() / sorted.length;
        double ss = 0;
        for (double v : sorted) {
            ss += (v - mean) * (v - mean);
        }
        return new FeatureOverall(name, mean, Math.sqrt(ss / sorted.length), medianOfSorted(sorted), sorted[0],
                sorted[sorted.length - 1], missing);
    }

    private static double[][] groups(double[] column, int[] labels, int k) {
        int[] counts = new int[k];
        for (int row = 0; row < labels.length; row++) {
            if (labels[row] >= 0 && !Double.isNaN(column[row])) {
                counts[labels[row]]++;
            }
        }
        double[][] groups = new double[k][];
        for (int s = 0; s < k; s++) {
            groups[s] = new double[counts[s]];
        }
        int[] at = new int[k];
        for (int row = 0; row < labels.length; row++) {
            if (labels[row] >= 0 && !Double.isNaN(column[row])) {
                groups[labels[row]][at[labels[row]]++] = column[row];
            }
        }
        return groups;
    }

    private static FeatureSummary summarise(String name, double[] values, FeatureOverall base, double[] sortedAll) {
        if (values.length == 0) {
            return new FeatureSummary(name, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = Arrays.stream(values).sum() / values.length;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double median = medianOfSorted(sorted);
        double ratio = base.ratioMeaningful() ? mean / base.mean() : Double.NaN;
        double z = base.std() > 0 ? (mean - base.mean()) / base.std() : 0;
        return new FeatureSummary(name, mean, median, ratio, z, midRankPercentile(sortedAll, median));
    }

    private static FeatureSignificance test(String name, double[][] groups) {
        KruskalWallisResult kw = KruskalWallis.test(groups);
        List<double[]> anovaGroups = Arrays.stream(groups).filter(g -> g.length >= 2).toList();
        double f = Double.NaN;
        double p = Double.NaN;
        double eta = Double.NaN;
        if (anovaGroups.size() >= 2) {
            OneWayAnova anova = new OneWayAnova();
            f = anova.anovaFValue(anovaGroups);
            p = Double.isNaN(f) ? Double.NaN : anova.anovaPValue(anovaGroups);
            eta = etaSquared(anovaGroups);
        }
        return new FeatureSignificance(name, kw.h(), kw.pValue(), f, p, kw.epsilonSquared(), eta);
    }

    /** Between-group sum of squares over total sum of squares. */
    static double etaSquared(List<double[]> groups) {
        double sum = 0;
        int n = 0;
        for (double[] g : groups) {
            for (double v : g) {
                sum += v;
                n++;
            }
        }
        double grand = sum / n;
        double between = 0;
        double total = 0;
        for (double[] g : groups) {
            double mean = Arrays.stream(g).average().orElse(0);
            between += g.length * (mean - grand) * (mean - grand);
            for (double v : g) {
                total += (v - grand) * (v - grand);
            }
        }
        return total > 0 ? between / total : Double.NaN;
    }

    static double medianOfSorted(double[] sorted) {
        return Descriptive.medianOfSorted(sorted);
    }

    /** Share of values below {@code x} plus half the share equal to it: ties sit in the middle of their run. */
    static double midRankPercentile(double[] sorted, double x) {
        if (sorted.length == 0 || Double.isNaN(x)) {
            return Double.NaN;
        }
        int below = lowerBound(sorted, x);
        int upTo = upperBound(sorted, x);
        return (below + (upTo - below) / 2.0) / sorted.length;
    }

    private static int lowerBound(double[] a, double x) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(double[] a, double x) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
