package org.clientele.core.report;

import org.clientele.core.Setting;
import org.clientele.core.UserInputException.Reason;
import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.analysis.SegmentRunFiles;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.segment.profile.SegmentEntry;
import org.clientele.core.segment.rfm.RfmScore;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each customer's segment, confidence and RFM scores, with every segment's name and recommended action:
 * what a marketing list needs from a segmentation, taken from a run in memory or from a run's folder.
 *
 * @param idColumn   the id column the segment run used, or {@code row} when it numbered rows from 1
 * @param ids        one per customer
 * @param segments   segment id per customer (-1 = outlier)
 * @param confidence per customer, NaN when unknown
 * @param rfm        per customer, or null when the run had no RFM segments
 * @param names      segment id → display name, in id order
 * @param actions    segment id → recommended action
 * @param rowAligned customer i is row i of the table the run segmented (true for a run in memory)
 */
public record SegmentAssignments(String idColumn, List<String> ids, int[] segments, double[] confidence,
                                 List<RfmScore> rfm, Map<Integer, String> names, Map<Integer, String> actions,
                                 boolean rowAligned) {

    public SegmentAssignments {
        ids = List.copyOf(ids);
        rfm = rfm == null ? null : List.copyOf(rfm);
        names = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(names));
        actions = Map.copyOf(actions);
        if (segments.length != ids.size() || confidence.length != ids.size() || rfm != null && rfm.size() != ids.size()) {
            throw new IllegalArgumentException("one segment, confidence and RFM score per customer");
        }
    }

    public int size() {
        return ids.size();
    }

    public boolean hasRfm() {
        return rfm != null;
    }

    /** The segmentation the workbench holds: customers in the order of the table it ran on. */
    public static SegmentAssignments of(SegmentationReport report) {
        int[] labels = report.result().labels();
        Map<Integer, String> names = new LinkedHashMap<>();
        Map<Integer, String> actions = new HashMap<>();
        for (SegmentEntry s : report.segments()) {
            names.put(s.id(), report.segmentName(s.id()));
            actions.put(s.id(), s.action());
        }
        for (int label : labels) {
            if (label < 0) {
                names.putIfAbsent(label, report.segmentName(label));
            }
        }
        return new SegmentAssignments(report.idColumn() == null ? "row" : report.idColumn(), report.rowIds(),
                labels.clone(), report.result().confidence().clone(),
                report.rfm() == null ? null : report.rfm().customers(), sorted(names), actions, true);
    }

    /** A segment run's folder: {@code assignments.csv} for the customers, {@code segments.json} for the actions. */
    public static SegmentAssignments read(Path dir) {
        Map<Integer, String> actions = new HashMap<>();
        for (JsonNode s : SegmentRunFiles.requireList(dir, SegmentRunFiles.readSegmentsJson(dir), "segments", false)) {
            if (s.has("id") && s.hasNonNull("action")) {
                actions.put(s.get("id").asInt(), s.get("action").asText());
            }
        }
        SegmentRunFiles.Assignments a = SegmentRunFiles.readAssignments(dir);
        return new SegmentAssignments(a.idColumn(), a.ids(), a.segments(), a.confidence(), a.rfm(), sorted(a.names()),
                actions, false);
    }

    static final String HINT = "Choose the output folder of a segmentation run";

    /** Segments in id order with outliers (-1) last. */
    private static Map<Integer, String> sorted(Map<Integer, String> names) {
        Map<Integer, String> out = new LinkedHashMap<>();
        names.keySet().stream().sorted(MarketingList.SEGMENT_ORDER).forEach(id -> out.put(id, names.get(id)));
        return out;
    }
}
