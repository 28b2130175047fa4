package org.clientele.core.analysis;

import org.clientele.core.segment.Pca;
import org.clientele.core.segment.SegmentationResult;
import org.clientele.core.segment.Stability;
import org.clientele.core.segment.SweepPoint;
import org.clientele.core.segment.profile.FeatureSignificance;
import org.clientele.core.segment.profile.SegmentEntry;
import org.clientele.core.segment.rfm.RfmSegmentRule;
import org.clientele.core.segment.rfm.RfmSegmentSummary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract's segments.json: algorithm, k and how it was chosen, the sweep over k, the chosen
 * solution's quality, and every segment with its plain-English name, description and action; plus
 * what a reader needs to trust it (stability, drivers, PCA, seed, notes). {@code revenueColumn} names the
 * spend column behind each segment's {@code revenueShare}; null (and every share null) when none is known.
 */
public record SegmentsDocument(String algorithm, int k, String kChosenBy, List<String> features,
                               List<String> preprocessing, List<SweepPoint> sweep, Integer elbowK,
                               double silhouette, boolean silhouetteSampled, int silhouetteSampleSize,
                               int outliers, Stability stability, long seed, int customers,
                               List<SegmentEntry> segments, List<FeatureSignificance> drivers, PcaSummary pca,
                               List<RfmSegmentSummary> rfmSegments, List<RfmSegmentRule> rfmRules,
                               List<String> notes, String revenueColumn) {

    /** Explained variance per component and each feature's loadings, for the segment map's axes. */
    public record PcaSummary(double[] explainedVarianceRatio, List<Map<String, Object>> loadings) {
    }

    static SegmentsDocument of(SegmentationReport report) {
        SegmentationResult r = report.result();
        return new SegmentsDocument(r.algorithm().label(), r.k(), r.kChosenBy(), r.features(), r.preprocessing(),
                r.sweep(), r.elbowK(), r.silhouette(), r.silhouetteSampled(), r.silhouetteSampleSize(), r.outliers(),
                r.stability(), r.seed(), report.rowIds().size(), report.segments(), report.profile().drivers(),
                pca(r), report.rfm() == null ? null : report.rfm().segments(),
                report.rfmRules() == null ? null : report.rfmRules().rules(), r.notes(),
                report.profile().revenueColumn());
    }

    private static PcaSummary pca(SegmentationResult r) {
        Pca.Result p = r.pca();
        if (p == null) {
            return null;
        }
        List<Map<String, Object>> loadings = new ArrayList<>();
        for (int f = 0; f < r.features().size(); f++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("feature", r.features().get(f));
            for (int c = 0; c < p.components(); c++) {
                row.put("pc" + (c + 1), p.loadings()[c][f]);
            }
            loadings.add(row);
        }
        return new PcaSummary(p.explainedVarianceRatio(), loadings);
    }
}
