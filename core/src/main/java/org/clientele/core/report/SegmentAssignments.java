package org.clientele.core.report;

import org.clientele.core.Setting;
import org.clientele.core.UserInputException.Reason;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clientele.core.analysis.SegmentLabels;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.data.DataFileException;
import org.clientele.core.io.Json;
import org.clientele.core.segment.profile.SegmentEntry;
import org.clientele.core.segment.rfm.RfmScore;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
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
        Map<Integer, String> actions = actions(dir.resolve(SegmentLabels.SEGMENTS));
        Path file = dir.resolve(SegmentLabels.ASSIGNMENTS);
        List<String> ids = new ArrayList<>();
        List<Integer> segments = new ArrayList<>();
        List<Double> confidence = new ArrayList<>();
        List<RfmScore> rfm = new ArrayList<>();
        Map<Integer, String> names = new HashMap<>();
        String idColumn;
        boolean hasRfm;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<String> header = csv.getHeaderNames();
            if (header.size() < 3 || !header.contains("segment") || !header.contains("segment_name")) {
                throw new DataFileException(Reason.SEGMENTS, file, 1, null, "the header lacks an id, 'segment' or 'segment_name' column",
                        HINT, Setting.SEGMENTS);
            }
            idColumn = header.get(0);
            boolean hasConfidence = header.contains("confidence");
            hasRfm = header.containsAll(List.of("r_score", "f_score", "m_score", "rfm_segment"));
            for (CSVRecord record : csv) {
                long line = record.getRecordNumber() + 1;
                int label = integer(file, line, "segment", record.get("segment"));
                ids.add(record.get(0));
                segments.add(label);
                names.putIfAbsent(label, record.get("segment_name"));
                confidence.add(hasConfidence ? decimal(record.get("confidence")) : Double.NaN);
                if (hasRfm) {
                    int r = integer(file, line, "r_score", record.get("r_score"));
                    int f = integer(file, line, "f_score", record.get("f_score"));
                    int m = integer(file, line, "m_score", record.get("m_score"));
                    String code = header.contains("rfm_code") ? record.get("rfm_code") : "" + r + f + m;
                    rfm.add(new RfmScore(record.get(0), r, f, m, (f + m) / 2, code, record.get("rfm_segment")));
                }
            }
        } catch (NoSuchFileException e) {
            throw new DataFileException(Reason.SEGMENTS, file, 0, null, "no such file", HINT, Setting.SEGMENTS);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new DataFileException(Reason.SEGMENTS, file, 0, null, "cannot be read as CSV: " + e.getMessage(), HINT, e, Setting.SEGMENTS);
        }
        if (ids.isEmpty()) {
            throw new DataFileException(Reason.SEGMENTS, file, 0, null, "has no assignments", HINT, Setting.SEGMENTS);
        }
        return new SegmentAssignments(idColumn, ids, segments.stream().mapToInt(Integer::intValue).toArray(),
                confidence.stream().mapToDouble(Double::doubleValue).toArray(), hasRfm ? rfm : null, sorted(names),
                actions, false);
    }

    static final String HINT = "Choose the output folder of a segmentation run";

    /** Segments in id order with outliers (-1) last. */
    private static Map<Integer, String> sorted(Map<Integer, String> names) {
        Map<Integer, String> out = new LinkedHashMap<>();
        names.keySet().stream().sorted(MarketingList.SEGMENT_ORDER).forEach(id -> out.put(id, names.get(id)));
        return out;
    }

    private static Map<Integer, String> actions(Path file) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(file.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new DataFileException(Reason.SEGMENTS, file, 0, null, "no such file", HINT, Setting.SEGMENTS);
        } catch (IOException e) {
            throw new DataFileException(Reason.SEGMENTS, file, 0, null, "is not valid JSON: " + e.getMessage(), HINT, e, Setting.SEGMENTS);
        }
        JsonNode list = root == null ? null : root.get("segments");
        if (list == null || !list.isArray()) {
            throw new DataFileException(Reason.SEGMENTS, file, 0, null, "has no 'segments' list", HINT, Setting.SEGMENTS);
        }
        Map<Integer, String> out = new HashMap<>();
        for (JsonNode s : list) {
            if (s.has("id") && s.hasNonNull("action")) {
                out.put(s.get("id").asInt(), s.get("action").asText());
            }
        }
        return out;
    }

    private static int integer(Path file, long line, String column, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new DataFileException(Reason.SEGMENTS, file, line, column, '"' + text + "\" is not a whole number", HINT, Setting.SEGMENTS);
        }
    }

    private static double decimal(String text) {
        try {
            return text == null || text.isBlank() ? Double.NaN : Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
