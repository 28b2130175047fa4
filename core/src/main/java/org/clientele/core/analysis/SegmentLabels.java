package org.clientele.core.analysis;

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

    public static final String ASSIGNMENTS = SegmentRunFiles.ASSIGNMENTS;
    public static final String SEGMENTS = SegmentRunFiles.SEGMENTS;
    static final String HINT = SegmentRunFiles.HINT;

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
        List<String> features = new ArrayList<>();
        SegmentRunFiles.requireList(dir, SegmentRunFiles.readSegmentsJson(dir), "features", true)
                .forEach(n -> features.add(n.asText()));
        SegmentRunFiles.Assignments a = SegmentRunFiles.readAssignments(dir);
        return new SegmentLabels(dir, a.idColumn(), a.ids(), a.segments(), new TreeMap<>(a.names()), features);
    }
}
