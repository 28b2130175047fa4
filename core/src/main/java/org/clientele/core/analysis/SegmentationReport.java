package org.clientele.core.analysis;

import org.clientele.core.io.TypedTable;
import org.clientele.core.io.TypedTable.Kind;
import org.clientele.core.features.CategoricalEncoding;
import org.clientele.core.io.Json;
import org.clientele.core.neural.AutoencoderEmbedding;
import org.clientele.core.provenance.Provenance;
import org.clientele.core.segment.SegmentOptions;
import org.clientele.core.segment.SegmentationResult;
import org.clientele.core.segment.profile.CompositionHighlights;
import org.clientele.core.segment.profile.SegmentEntries;
import org.clientele.core.segment.profile.SegmentEntry;
import org.clientele.core.segment.profile.SegmentExplanation;
import org.clientele.core.segment.profile.SegmentationProfile;
import org.clientele.core.segment.rfm.RfmResult;
import org.clientele.core.segment.rfm.RfmRuleTable;
import org.clientele.core.segment.rfm.RfmScore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A segmentation with everything needed to show or write it: the clustering, the profiles and plain
 * English explanations, and the named RFM segments (with the rule table that named them) when the table
 * allows them. {@code oneHot} is the encoding of the categorical columns clustered on (null when none).
 */
public record SegmentationReport(SegmentationResult result, SegmentationProfile profile,
                                 List<SegmentExplanation> explanations, List<SegmentEntry> segments,
                                 RfmResult rfm, RfmRuleTable rfmRules, List<String> rowIds, String idColumn,
                                 CategoricalEncoding oneHot, AutoencoderEmbedding autoencoder) {

    /** A report clustered on the standardized features (no autoencoder). */
    public SegmentationReport(SegmentationResult result, SegmentationProfile profile,
                              List<SegmentExplanation> explanations, List<SegmentEntry> segments, RfmResult rfm,
                              RfmRuleTable rfmRules, List<String> rowIds, String idColumn, CategoricalEncoding oneHot) {
        this(result, profile, explanations, segments, rfm, rfmRules, rowIds, idColumn, oneHot, null);
    }

    /** A report without categorical features. */
    public SegmentationReport(SegmentationResult result, SegmentationProfile profile,
                              List<SegmentExplanation> explanations, List<SegmentEntry> segments, RfmResult rfm,
                              RfmRuleTable rfmRules, List<String> rowIds, String idColumn) {
        this(result, profile, explanations, segments, rfm, rfmRules, rowIds, idColumn, null);
    }

    public static final String OUTLIER_NAME = "Outlier";

    /** The display name of segment {@code label} (or {@value #OUTLIER_NAME} for -1). */
    public String segmentName(int label) {
        if (label < 0) {
            return OUTLIER_NAME;
        }
        for (SegmentExplanation e : explanations) {
            if (e.id() == label) {
                return e.label().displayName();
            }
        }
        return "Segment " + label;
    }

    /**
     * The same report with segment {@code id} renamed by the user (null or blank restores the generated
     * name): explanations and entries carry the new name, so every view and export shows it.
     */
    public SegmentationReport withCustomName(int id, String name) {
        boolean found = false;
        List<SegmentExplanation> renamed = new ArrayList<>(explanations.size());
        for (SegmentExplanation e : explanations) {
            if (e.id() == id) {
                renamed.add(e.withCustomName(name));
                found = true;
            } else {
                renamed.add(e);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("there is no segment " + id);
        }
        return new SegmentationReport(result, profile, List.copyOf(renamed), SegmentEntries.of(profile, renamed), rfm,
                rfmRules, rowIds, idColumn, oneHot, autoencoder);
    }

    /** The categorical make-up of segment {@code id} that stands out, e.g. "Channel 2: 92% (32% overall)". */
    public List<String> compositionHighlights(int id) {
        return CompositionHighlights.of(profile, id, 3);
    }

    /** segments.json as the contract describes it. */
    public SegmentsDocument document() {
        return SegmentsDocument.of(this);
    }

    public void writeJson(Path file) {
        Json.write(file, document());
    }

    /** segments.json with where it came from ({@code provenance}: input file, seed, options, versions). */
    public void writeJson(Path file, Provenance provenance) {
        provenance.writeWith(file, document());
    }

    /** The provenance of this segmentation of {@code input} (null when unknown) with these options. */
    public Provenance provenance(Path input, SegmentOptions options) {
        return Provenance.of(input, result.seed(), rowIds.size()).withOptions(options);
    }

    /**
     * assignments.csv: the id column (or {@code row}), segment, segment_name, confidence, pc1, pc2, and
     * RFM scores and segment when they exist, and with an autoencoder its coordinates ae1.., the row's
     * reconstructionError and anomaly (true above the 99th percentile of the training rows' error).
     */
    public void writeAssignments(Path file) {
        assignments().writeCsv(file);
    }

    /**
     * The rows of assignments.csv with their types (numbers rounded to 6 decimals as in the CSV, missing ones
     * null), for writers that keep types, such as Parquet.
     */
    public TypedTable assignments() {
        SegmentationResult r = result;
        List<String> header = new ArrayList<>(List.of(idColumn == null ? "row" : idColumn, "segment",
                "segment_name", "confidence", "pc1", "pc2"));
        List<Kind> kinds = new ArrayList<>(List.of(Kind.TEXT, Kind.INTEGER, Kind.TEXT, Kind.NUMBER, Kind.NUMBER,
                Kind.NUMBER));
        boolean pc3 = r.pca() != null && r.pca().components() >= 3;
        if (pc3) {
            header.add("pc3");
            kinds.add(Kind.NUMBER);
        }
        if (rfm != null) {
            header.addAll(List.of("r_score", "f_score", "m_score", "rfm_code", "rfm_segment"));
            kinds.addAll(List.of(Kind.INTEGER, Kind.INTEGER, Kind.INTEGER, Kind.TEXT, Kind.TEXT));
        }
        AutoencoderEmbedding ae = autoencoder;
        if (ae != null) {
            for (int c = 1; c <= ae.dimensions(); c++) {
                header.add("ae" + c);
                kinds.add(Kind.NUMBER);
            }
            header.addAll(List.of("reconstructionError", "anomaly"));
            kinds.addAll(List.of(Kind.NUMBER, Kind.BOOLEAN));
        }
        List<Object[]> rows = new ArrayList<>(rowIds.size());
        for (int i = 0; i < rowIds.size(); i++) {
            List<Object> row = new ArrayList<>(header.size());
            row.add(rowIds.get(i));
            row.add(r.labels()[i]);
            row.add(segmentName(r.labels()[i]));
            row.add(round(r.confidence()[i]));
            double[] pc = r.pca() == null ? new double[3] : r.pca().coordinates()[i];
            row.add(round(pc[0]));
            row.add(round(pc.length > 1 ? pc[1] : 0));
            if (pc3) {
                row.add(round(pc[2]));
            }
            if (rfm != null) {
                RfmScore s = rfm.customers().get(i);
                row.addAll(List.of(s.r(), s.f(), s.m(), s.code(), s.segment()));
            }
            if (ae != null) {
                for (double v : ae.codes()[i]) {
                    row.add(round(v));
                }
                row.add(round(ae.errors()[i]));
                row.add(ae.anomalies()[i]);
            }
            rows.add(row.toArray());
        }
        return new TypedTable(header, kinds, rows);
    }

    /** Six decimals, as the CSV has always shown them; null for a missing value. */
    private static Double round(double v) {
        if (Double.isNaN(v)) {
            return null;
        }
        return Math.round(v * 1e6) / 1e6;
    }
}
