package org.clientele.core.monitor;

import org.clientele.core.monitor.DriftReport.FeatureDrift;
import org.clientele.core.monitor.DriftReport.Pair;
import org.clientele.core.monitor.DriftReport.SegmentShift;
import org.clientele.core.monitor.DriftReport.Shares;
import org.clientele.core.monitor.PopulationStability.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds a model's reference from its training rows, and compares a later file's rows with it. */
public final class DriftAnalysis {

    private DriftAnalysis() {
    }

    /** The reference of a model: bins fixed on its training rows, and what it said about them. */
    public static ReferenceProfile reference(String task, List<ColumnValues> training, ModelScores scores,
                                             List<String> classNames, List<String> segmentNames) {
        List<Bins> bins = training.stream().map(c -> c instanceof ColumnValues.Numbers n
                ? Bins.numeric(n.name(), n.values()) : Bins.categorical(c.name(), ((ColumnValues.Levels) c).values()))
                .toList();
        int rows = rows(training);
        if (scores.classifier()) {
            return new ReferenceProfile(ReferenceProfile.FORMAT_VERSION, task, rows, bins, classNames, segmentNames,
                    scores.classShares(classNames.size()), ReferenceProfile.confidenceShares(scores.topProbabilities()),
                    mean(scores.topProbabilities()), null, scores.outOfDistributionShare());
        }
        return new ReferenceProfile(ReferenceProfile.FORMAT_VERSION, task, rows, bins, null, null, null, null, Double.NaN,
                Bins.numeric("prediction", scores.predictions()), Double.NaN);
    }

    /** A later file against the reference; {@code current} must hold every reference feature. */
    public static DriftReport compare(ReferenceProfile ref, List<ColumnValues> current, ModelScores scores) {
        Map<String, ColumnValues> byName = current.stream().collect(Collectors.toMap(ColumnValues::name,
                Function.identity()));
        List<FeatureDrift> features = new ArrayList<>();
        for (Bins b : ref.features()) {
            ColumnValues values = byName.get(b.name());
            if (values == null) {
                throw new IllegalArgumentException("no values for feature " + b.name());
            }
            double[] actual = values instanceof ColumnValues.Numbers n ? b.shares(n.values())
                    : b.shares(((ColumnValues.Levels) values).values());
            double psi = PopulationStability.index(b.expected(), actual);
            features.add(new FeatureDrift(b.name(), psi, PopulationStability.verdict(psi), b.labels(), b.expected(), actual));
        }
        features.sort(Comparator.comparingDouble(FeatureDrift::psi).reversed());
        List<SegmentShift> segments = new ArrayList<>();
        double segmentPsi = Double.NaN;
        double predictionPsi = Double.NaN;
        Pair meanConfidence = new Pair(Double.NaN, Double.NaN);
        Shares confidence = null;
        if (ref.segmentShares() != null && scores.classifier()) {
            double[] now = scores.classShares(ref.classNames().size());
            for (int c = 0; c < now.length; c++) {
                String name = ref.segmentNames() == null ? ref.classNames().get(c) : ref.segmentNames().get(c);
                segments.add(new SegmentShift(ref.classNames().get(c), name, ref.segmentShares()[c], now[c],
                        100 * (now[c] - ref.segmentShares()[c])));
            }
            segmentPsi = PopulationStability.index(ref.segmentShares(), now);
            double[] nowConfidence = ReferenceProfile.confidenceShares(scores.topProbabilities());
            confidence = new Shares(ref.confidence(), nowConfidence);
            meanConfidence = new Pair(ref.meanConfidence(), mean(scores.topProbabilities()));
        } else if (ref.predictions() != null && scores.predictions() != null) {
            predictionPsi = PopulationStability.index(ref.predictions().expected(),
                    ref.predictions().shares(scores.predictions()));
        }
        Pair ood = new Pair(ref.outOfDistribution(), scores.outOfDistributionShare());
        Verdict verdict = worst(features, segmentPsi, predictionPsi);
        return new DriftReport(ref.rows(), rows(current), features, segments, segmentPsi, predictionPsi,
                meanConfidence, confidence, ood, verdict, summary(verdict, features, segments, segmentPsi, predictionPsi, ood));
    }

    private static Verdict worst(List<FeatureDrift> features, double segmentPsi, double predictionPsi) {
        Verdict v = Verdict.STABLE;
        for (FeatureDrift f : features) {
            v = max(v, f.verdict());
        }
        for (double psi : new double[]{segmentPsi, predictionPsi}) {
            if (!Double.isNaN(psi)) {
                v = max(v, PopulationStability.verdict(psi));
            }
        }
        return v;
    }

    private static Verdict max(Verdict a, Verdict b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    static String summary(Verdict verdict, List<FeatureDrift> features, List<SegmentShift> segments, double segmentPsi,
                          double predictionPsi, Pair ood) {
        List<String> parts = new ArrayList<>();
        List<FeatureDrift> moved = features.stream().filter(f -> f.verdict() != Verdict.STABLE).toList();
        parts.add(moved.isEmpty() ? "no feature moved (every PSI below " + PopulationStability.SHIFT + ")"
                : moved.size() + " of " + features.size() + " features moved ("
                + moved.stream().limit(3).map(f -> String.format(Locale.ROOT, "%s PSI %.2f", f.feature(), f.psi()))
                .collect(Collectors.joining(", ")) + ")");
        if (!segments.isEmpty()) {
            SegmentShift largest = segments.stream().max(Comparator.comparingDouble(s -> Math.abs(s.changePoints()))).get();
            parts.add(String.format(Locale.ROOT, "segment shares changed by up to %.0f points (%s %.0f%% → %.0f%%, PSI %.2f)",
                    Math.abs(largest.changePoints()), largest.name(), 100 * largest.reference(), 100 * largest.current(),
                    segmentPsi));
        }
        if (!Double.isNaN(predictionPsi)) {
            parts.add(String.format(Locale.ROOT, "predictions PSI %.2f", predictionPsi));
        }
        if (!Double.isNaN(ood.current())) {
            parts.add(String.format(Locale.ROOT, "%.1f%% of customers are unlike the training data (%.1f%% in training)",
                    100 * ood.current(), 100 * ood.reference()));
        }
        String head = switch (verdict) {
            case STABLE -> "Stable";
            case SHIFT -> "Shifted: watch it";
            case RETRAIN -> "Retrain";
        };
        return head + ": " + String.join("; ", parts) + ".";
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? Double.NaN : sum / values.length;
    }

    private static int rows(List<ColumnValues> columns) {
        if (columns.isEmpty()) {
            return 0;
        }
        return columns.get(0) instanceof ColumnValues.Numbers n ? n.values().length
                : ((ColumnValues.Levels) columns.get(0)).values().length;
    }
}
