package org.clientele.core.project;

import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.data.DataFileException;
import org.clientele.core.io.Json;
import org.clientele.core.segment.SegmentOptions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of a finished segment run read back from its {@code segments.json}, so a run checked on the
 * command line can be kept as a project: algorithm, k (fixed only when the user fixed it; otherwise the
 * same range is searched again), features, transform, seed, bootstrap resamples and the user's segment names.
 */
public record SegmentRunSettings(SegmentSettings settings, Map<Integer, String> customNames) {

    public static SegmentRunSettings read(Path segmentDir) {
        Path file = segmentDir.resolve("segments.json");
        JsonNode root;
        try {
            root = Json.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new DataFileException(file, 0, null, "cannot be read (" + e.getMessage().lines().findFirst().orElse("")
                    + ")", "Give the output folder of a segment run");
        }
        if (root == null || !root.hasNonNull("algorithm") || !root.hasNonNull("features")) {
            throw new DataFileException(file, 0, null, "is not a segment run's result", "Give the output folder of a segment run");
        }
        return of(root);
    }

    /** The settings of a segmentation held in memory (the workbench's), read from the segments.json it would write. */
    public static SegmentRunSettings of(SegmentationReport report) {
        return of(Json.mapper().valueToTree(report.document()));
    }

    private static SegmentRunSettings of(JsonNode root) {
        List<String> features = new ArrayList<>();
        root.get("features").forEach(f -> features.add(f.asText()));
        int kMin = Integer.MAX_VALUE;
        int kMax = 0;
        for (JsonNode point : root.path("sweep")) {
            kMin = Math.min(kMin, point.path("k").asInt());
            kMax = Math.max(kMax, point.path("k").asInt());
        }
        int k = root.path("k").asInt();
        boolean userK = "user".equals(root.path("kChosenBy").asText());
        if (kMax == 0) {
            kMin = SegmentOptions.DEFAULT.kMin();
            kMax = Math.max(SegmentOptions.DEFAULT.kMax(), k);
        }
        boolean transform = false;
        for (JsonNode step : root.path("preprocessing")) {
            transform |= step.asText().startsWith("standardize(") || step.asText().startsWith("log1p(");
        }
        SegmentSettings settings = new SegmentSettings(root.get("algorithm").asText(), userK ? k : null, kMin, kMax,
                SegmentOptions.DEFAULT.restarts(), root.path("seed").asLong(SegmentOptions.DEFAULT.seed()), features,
                transform, root.path("stability").path("resamples").asInt(0), null);
        Map<Integer, String> names = new LinkedHashMap<>();
        for (JsonNode s : root.path("segments")) {
            if (s.hasNonNull("customName") && !s.get("customName").asText().isBlank()) {
                names.put(s.get("id").asInt(), s.get("customName").asText());
            }
        }
        return new SegmentRunSettings(settings, names);
    }
}
