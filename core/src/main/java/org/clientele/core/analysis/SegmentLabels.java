package org.clientele.core.analysis;

import org.clientele.core.Setting;
import org.clientele.core.UserInputException.Reason;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clientele.core.data.DataFileException;
import org.clientele.core.io.Json;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The output of a segment run read back for training a classifier: each customer's segment from
 * {@code assignments.csv} and the features the segments were found on from {@code segments.json}.
 *
 * @param dir      the segment run's output directory; null for labels taken from a segmentation in memory
 * @param idColumn the first column of assignments.csv: the input's id column, or {@code row} (1-based numbers)
 * @param ids      one per assignment, in file order
 * @param segments the segment of each assignment (-1 = outlier)
 * @param names    segment id → display name (outliers included when present)
 * @param features the columns the segment run clustered on
 */
public record SegmentLabels(Path dir, String idColumn, List<String> ids, int[] segments, Map<Integer, String> names,
                            List<String> features) {

    public static final String ASSIGNMENTS = "assignments.csv";
    public static final String SEGMENTS = "segments.json";
    static final String HINT = "Choose the output folder of a segmentation run";

    public SegmentLabels {
        ids = List.copyOf(ids);
        names = Map.copyOf(names);
        features = List.copyOf(features);
    }

    public boolean byRowNumber() {
        return idColumn.equals("row");
    }

    /**
     * The labels of a segmentation in memory, exactly as {@link #read} would return them from the files
     * {@code segment} writes for it (assignments.csv's id column and names, segments.json's features).
     */
    public static SegmentLabels of(SegmentationReport report) {
        int[] labels = report.result().labels();
        Map<Integer, String> names = new TreeMap<>();
        for (int label : labels) {
            names.computeIfAbsent(label, report::segmentName);
        }
        return new SegmentLabels(null, report.idColumn() == null ? "row" : report.idColumn(), report.rowIds(),
                labels.clone(), names, report.result().features());
    }

    public static SegmentLabels read(Path dir) {
        List<String> features = features(dir.resolve(SEGMENTS));
        Path file = dir.resolve(ASSIGNMENTS);
        List<String> ids = new ArrayList<>();
        List<Integer> segments = new ArrayList<>();
        Map<Integer, String> names = new TreeMap<>();
        String idColumn;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<String> header = csv.getHeaderNames();
            if (header.size() < 3 || !header.contains("segment") || !header.contains("segment_name")) {
                throw new DataFileException(Reason.SEGMENTS, file, 1, null, "the header lacks an id, 'segment' or 'segment_name' column",
                        HINT, Setting.SEGMENTS);
            }
            idColumn = header.get(0);
            for (CSVRecord record : csv) {
                String segment = record.get("segment");
                int label;
                try {
                    label = Integer.parseInt(segment.trim());
                } catch (NumberFormatException e) {
                    throw new DataFileException(Reason.SEGMENTS, file, record.getRecordNumber() + 1, "segment",
                            '"' + segment + "\" is not a segment number", HINT, Setting.SEGMENTS);
                }
                ids.add(record.get(0));
                segments.add(label);
                names.putIfAbsent(label, record.get("segment_name"));
            }
        } catch (NoSuchFileException e) {
            throw new DataFileException(Reason.SEGMENTS, file, 0, null, "no such file", HINT, Setting.SEGMENTS);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new DataFileException(Reason.SEGMENTS, file, 0, null, "cannot be read as CSV: " + e.getMessage(), HINT, e, Setting.SEGMENTS);
        }
        if (ids.isEmpty()) {
            throw new DataFileException(Reason.SEGMENTS, file, 0, null, "has no assignments", HINT, Setting.SEGMENTS);
        }
        return new SegmentLabels(dir, idColumn, ids, segments.stream().mapToInt(Integer::intValue).toArray(), names,
                features);
    }

    private static List<String> features(Path file) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(file.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new DataFileException(Reason.SEGMENTS, file, 0, null, "no such file", HINT, Setting.SEGMENTS);
        } catch (IOException e) {
            throw new DataFileException(Reason.SEGMENTS, file, 0, null, "is not valid JSON: " + e.getMessage(), HINT, e, Setting.SEGMENTS);
        }
        JsonNode list = root == null ? null : root.get("features");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new DataFileException(Reason.SEGMENTS, file, 0, null, "has no 'features' list", HINT, Setting.SEGMENTS);
        }
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asText()));
        return out;
    }
}
