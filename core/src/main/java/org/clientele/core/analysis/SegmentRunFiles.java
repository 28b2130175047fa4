package org.clientele.core.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clientele.core.Setting;
import org.clientele.core.UserInputException.Reason;
import org.clientele.core.data.DataFileException;
import org.clientele.core.io.Json;
import org.clientele.core.io.SpreadsheetCells;
import org.clientele.core.segment.rfm.RfmScore;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one reader of a segment run's folder: {@code assignments.csv} (one row per customer) and
 * {@code segments.json}, as {@code clientele segment} writes them. Cells are read back through
 * {@link SpreadsheetCells#original}, so an id that was guarded against spreadsheet formulas is the
 * original id again.
 */
public final class SegmentRunFiles {

    public static final String ASSIGNMENTS = "assignments.csv";
    public static final String SEGMENTS = "segments.json";
    static final String HINT = "Choose the output folder of a segmentation run";

    /**
     * assignments.csv as written.
     *
     * @param idColumn   the first column: the input's id column, or {@code row} (1-based numbers)
     * @param ids        one per customer, in file order
     * @param segments   segment id per customer (-1 = outlier)
     * @param names      segment id → name, as first seen
     * @param confidence per customer, NaN when the file has none
     * @param rfm        per customer, or null when the file has no RFM scores
     */
    public record Assignments(String idColumn, List<String> ids, int[] segments, Map<Integer, String> names,
                              double[] confidence, List<RfmScore> rfm) {
    }

    private SegmentRunFiles() {
    }

    public static Assignments readAssignments(Path dir) {
        return readAssignmentsFile(dir.resolve(ASSIGNMENTS));
    }

    /** An assignments.csv by its own path (it may have been renamed or moved out of its run's folder). */
    public static Assignments readAssignmentsFile(Path file) {
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
            idColumn = SpreadsheetCells.original(header.get(0));
            boolean hasConfidence = header.contains("confidence");
            hasRfm = header.containsAll(List.of("r_score", "f_score", "m_score", "rfm_segment"));
            for (CSVRecord record : csv) {
                long line = record.getRecordNumber() + 1;
                int label = integer(file, line, "segment", record.get("segment"));
                String id = SpreadsheetCells.original(record.get(0));
                ids.add(id);
                segments.add(label);
                names.putIfAbsent(label, SpreadsheetCells.original(record.get("segment_name")));
                confidence.add(hasConfidence ? decimal(record.get("confidence")) : Double.NaN);
                if (hasRfm) {
                    int r = integer(file, line, "r_score", record.get("r_score"));
                    int f = integer(file, line, "f_score", record.get("f_score"));
                    int m = integer(file, line, "m_score", record.get("m_score"));
                    String code = header.contains("rfm_code") ? record.get("rfm_code") : "" + r + f + m;
                    rfm.add(new RfmScore(id, r, f, m, (f + m) / 2, code,
                            SpreadsheetCells.original(record.get("rfm_segment"))));
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
        return new Assignments(idColumn, List.copyOf(ids), segments.stream().mapToInt(Integer::intValue).toArray(),
                names, confidence.stream().mapToDouble(Double::doubleValue).toArray(), hasRfm ? List.copyOf(rfm) : null);
    }

    /** The root of segments.json, or a {@link DataFileException} naming the file. */
    public static JsonNode readSegmentsJson(Path dir) {
        Path file = dir.resolve(SEGMENTS);
        JsonNode root;
        try {
            root = Json.mapper().readTree(file.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new DataFileException(Reason.SEGMENTS, file, 0, null, "no such file", HINT, Setting.SEGMENTS);
        } catch (IOException e) {
            throw new DataFileException(Reason.SEGMENTS, file, 0, null, "is not valid JSON: " + e.getMessage(), HINT, e, Setting.SEGMENTS);
        }
        if (root == null || !root.isObject()) {
            throw new DataFileException(Reason.SEGMENTS, file, 0, null, "is not a JSON object", HINT, Setting.SEGMENTS);
        }
        return root;
    }

    /** A list the caller needs from segments.json, or a {@link DataFileException} saying it is missing. */
    public static JsonNode requireList(Path dir, JsonNode root, String key, boolean nonEmpty) {
        JsonNode list = root.get(key);
        if (list == null || !list.isArray() || nonEmpty && list.isEmpty()) {
            throw new DataFileException(Reason.SEGMENTS, dir.resolve(SEGMENTS), 0, null, "has no '" + key + "' list", HINT, Setting.SEGMENTS);
        }
        return list;
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
