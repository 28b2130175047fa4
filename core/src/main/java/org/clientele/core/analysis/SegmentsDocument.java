package org.clientele.core.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.clientele.core.segment.ConsensusSummary;
import org.clientele.core.segment.KChoice;
import org.clientele.core.segment.Pca;
import org.clientele.core.segment.SegmentationResult;
import org.clientele.core.segment.Stability;
import org.clientele.core.segment.SweepPoint;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.clientele.core.features.CategoricalEncoding;
import org.clientele.core.features.CategoricalLevels;
import org.clientele.core.segment.profile.CategoricalSignificance;
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
 * what a reader needs to trust it (stability overall and per segment, the sentence that explains k,
 * consensus agreement, drivers, PCA, seed, notes). {@code revenueColumn} names the spend column behind each
 * segment's {@code revenueShare}; null (and every share null) when none is known.
 */
public record SegmentsDocument(String algorithm, int k, String kChosenBy, List<String> features,
                               List<String> preprocessing, List<SweepPoint> sweep, Integer elbowK,
                               double silhouette, boolean silhouetteSampled, int silhouetteSampleSize,
                               int outliers, Stability stability, long seed, int customers,
                               List<Segment> segments, List<FeatureSignificance> drivers, PcaSummary pca,
                               List<RfmSegmentSummary> rfmSegments, List<RfmSegmentRule> rfmRules,
                               List<String> notes, String revenueColumn, KChoice kChoice,
                               @JsonInclude(JsonInclude.Include.NON_NULL) Consensus consensus,
                               @JsonInclude(JsonInclude.Include.NON_NULL) CategoricalEncodingSummary categoricalEncoding,
                               @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CategoricalSignificance> categoricalTests,
                               EmbeddingSummary embedding) {

    /**
     * One entry of {@code segments[]}: the profile's keys, then how solid the segment is.
     *
     * @param stability  mean bootstrap Jaccard with the best-matching refitted segment (Hennig 2007);
     *                   null when the bootstrap was skipped
     * @param agreement  consensus only: mean co-association of the segment's pairs of customers
     * @param agreementByAlgorithm consensus only: Jaccard with each member algorithm's closest segment
     */
    @JsonPropertyOrder({"entry", "stability", "agreement", "agreementByAlgorithm"})
    public record Segment(@JsonUnwrapped SegmentEntry entry, double stability,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Double agreement,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Double> agreementByAlgorithm) {
    }

    /** The consensus' members and how far each pair agrees (ARI). */
    public record Consensus(List<String> algorithms, String method, List<ConsensusSummary.PairAgreement> pairwiseAri) {
    }

    /**
     * How categorical columns entered the clustering: {@code method} "one-hot-with-weight", what the weight
     * is, and per column its levels, their shares and the divisor applied to its indicators.
     */
    public record CategoricalEncodingSummary(String method, String weight, List<Map<String, Object>> columns) {

        static CategoricalEncodingSummary of(CategoricalEncoding e) {
            if (e == null || e.columns().isEmpty()) {
                return null;
            }
            List<Map<String, Object>> columns = new ArrayList<>();
            for (CategoricalLevels c : e.columns()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("column", c.column());
                m.put("levels", c.levels());
                m.put("shares", c.shares());
                m.put("pooledAsOther", c.pooled());
                m.put("divisor", Math.sqrt(c.impurity()) / CategoricalLevels.WEIGHT);
                columns.add(m);
            }
            return new CategoricalEncodingSummary("one-hot-with-weight", "one 0/1 indicator per level (levels below "
                    + Math.round(100 * CategoricalLevels.RARE_SHARE) + "% pooled as 'other'), each centred on its "
                    + "level's share and divided by sqrt(1 - sum of squared shares) / " + CategoricalLevels.WEIGHT
                    + ": the column's indicators then have total variance " + CategoricalLevels.WEIGHT * CategoricalLevels.WEIGHT
                    + ", so a categorical column weighs like " + CategoricalLevels.WEIGHT + " of a standardized numeric "
                    + "column (within Huang's k-prototypes range; at full weight a two-level column such as gender "
                    + "splits customers before any behaviour does)", columns);
        }
    }

    /** Explained variance per component and each feature's loadings, for the segment map's axes. */
    public record PcaSummary(double[] explainedVarianceRatio, List<Map<String, Object>> loadings) {
    }

    static SegmentsDocument of(SegmentationReport report) {
        SegmentationResult r = report.result();
        return new SegmentsDocument(r.algorithm().label(), r.k(), r.kChosenBy(), r.features(), r.preprocessing(),
                r.sweep(), r.elbowK(), r.silhouette(), r.silhouetteSampled(), r.silhouetteSampleSize(), r.outliers(),
                r.stability(), r.seed(), report.rowIds().size(), segments(report), report.profile().drivers(),
                pca(r), report.rfm() == null ? null : report.rfm().segments(),
                report.rfmRules() == null ? null : report.rfmRules().rules(), r.notes(),
                report.profile().revenueColumn(), r.kChoice(),
                r.consensus() == null ? null : new Consensus(r.consensus().algorithms(), r.consensus().method(),
                        r.consensus().pairwiseAri()),
                CategoricalEncodingSummary.of(report.oneHot()), report.profile().categoricalTests(),
                EmbeddingSummary.of(r, report.autoencoder()));
    }

    private static List<Segment> segments(SegmentationReport report) {
        SegmentationResult r = report.result();
        ConsensusSummary c = r.consensus();
        List<Segment> out = new ArrayList<>();
        for (SegmentEntry e : report.segments()) {
            Double agreement = null;
            Map<String, Double> byAlgorithm = null;
            if (c != null && e.id() >= 0 && e.id() < c.segmentAgreement().length) {
                agreement = c.segment(e.id());
                byAlgorithm = new LinkedHashMap<>();
                for (int m = 0; m < c.algorithms().size(); m++) {
                    byAlgorithm.put(c.algorithms().get(m), c.memberJaccard()[e.id()][m]);
                }
            }
            double stability = r.stability() == null ? Double.NaN : r.stability().segment(e.id());
            out.add(new Segment(e, stability, agreement, byAlgorithm));
        }
        return out;
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
